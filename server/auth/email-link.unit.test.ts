import { describe, expect, it } from "vitest";
import { linkOnAppUrl } from "./email-link";

const APP = "https://leads.example.com";

describe("linkOnAppUrl", () => {
  it.each([
    {
      name: "attack: a magic link made from Host: evil.example is moved onto APP_URL",
      link: "http://evil.example/api/auth/callback/email?callbackUrl=http%3A%2F%2Fevil.example%2Fdashboard&token=t&email=a%40b.co",
      expected: "https://leads.example.com/api/auth/callback/email?callbackUrl=https%3A%2F%2Fleads.example.com%2Fdashboard&token=t&email=a%40b.co",
    },
    {
      name: "a link already on APP_URL is unchanged",
      link: "https://leads.example.com/api/auth/callback/email?callbackUrl=https%3A%2F%2Fleads.example.com%2Fleads&token=t",
      expected: "https://leads.example.com/api/auth/callback/email?callbackUrl=https%3A%2F%2Fleads.example.com%2Fleads&token=t",
    },
    {
      name: "a relative callbackUrl stays as it is",
      link: "http://localhost:3000/api/auth/callback/email?callbackUrl=%2Fforms&token=t",
      expected: "https://leads.example.com/api/auth/callback/email?callbackUrl=%2Fforms&token=t",
    },
    {
      name: "a link without callbackUrl only changes origin",
      link: "http://evil.example:8080/invite/abc#x",
      expected: "https://leads.example.com/invite/abc#x",
    },
  ])("$name", ({ link, expected }) => {
    expect(linkOnAppUrl(link, APP)).toBe(expected);
  });
});
