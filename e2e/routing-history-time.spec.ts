// Routing → History says when each version was published in the viewer's time zone, as the leads
// pages do (<LocalTime>: the zone in the title, "… Tokyo (GMT+9)"), not a zone-less server-formatted string.
import { expect, signInAs, test } from "./fixtures";

test.use({ timezoneId: "Asia/Tokyo" });

test("routing history shows publish times in the viewer's zone, named in the title", async ({ page }) => {
  await signInAs(page, "manager");
  await page.goto("/routing/history");
  const published = page.getByRole("table", { name: "Routing versions" }).locator("tbody tr").first().locator("time");
  // The zone named as the booking texts name it ("Tokyo (GMT+9)"), never its IANA id ("Asia/Tokyo").
  await expect(published).toHaveAttribute("title", / Tokyo \(GMT\+9\)$/);
  const iso = await published.getAttribute("dateTime");
  const tokyoClock = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Tokyo", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(iso!));
  await expect(published).toHaveText(new RegExp(`^[A-Z][a-z]{2} \\d{1,2}, \\d{4}, ${tokyoClock}$`));
});
