import { describe, expect, it } from "vitest";
import { availabilityParts } from "./availability-parts";

describe("availabilityParts", () => {
  it.each([
    ["Working now until 17:00 Los Angeles (GMT−8)", "Working now until 17:00", "Los Angeles (GMT−8)"],
    ["Off hours until 09:00 Mon Berlin (GMT+1)", "Off hours until 09:00 Mon", "Berlin (GMT+1)"],
    ["Off hours until 09:00 Montevideo (GMT−3)", "Off hours until 09:00", "Montevideo (GMT−3)"],
    ["Off hours until 09:00 Mon Montevideo (GMT−3)", "Off hours until 09:00 Mon", "Montevideo (GMT−3)"],
    ["Off hours until 08:30 Sat Knox, Indiana (GMT−6)", "Off hours until 08:30 Sat", "Knox, Indiana (GMT−6)"],
    ["In a meeting until 15:30 Tokyo (GMT+9)", "In a meeting until 15:30", "Tokyo (GMT+9)"],
    ["In a meeting until 10:25 Wed New York (GMT−5)", "In a meeting until 10:25 Wed", "New York (GMT−5)"],
    ["Working now until 17:00 UTC", "Working now until 17:00", "UTC"],
    ["Working now, around the clock in Los Angeles (GMT−8)", "Working now, around the clock", "in Los Angeles (GMT−8)"],
    ["Out of office until 2 Dec", "Out of office until 2 Dec", null],
    ["Off hours", "Off hours", null],
    ["Inactive", "Inactive", null],
    ["No working hours set", "No working hours set", null],
    ["Working now until 17:00", "Working now until 17:00", null],
  ] as const)("%s → %s | %s", (label, head, zone) => expect(availabilityParts(label)).toEqual({ head, zone }));
});
