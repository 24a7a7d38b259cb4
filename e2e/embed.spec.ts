// The embed from a host website on another origin (the embed demo site, npm run embed:demo, on
// a free 127.0.0.1 port; the app is on localhost): inline, popup and JS API; messages between
// host and frame checked both ways; a host the form does not allow, or a slug that names no
// published form, gets a short notice in place of the form and a console error naming the cause.
import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { startEmbedDemoSite, EVENT_LOG_SCRIPT, type TEmbedDemoSite } from "../server/cli/lib/embed-demo-site";
import { frameHeights, hostEvents, publishRedirectForm, readLead, useAllowedDemoSite } from "./embed-host";
import { installFormClock, passFillTime } from "./fill-time";
import { expect, signInAs, test } from "./fixtures";
import { checkViaKeyboard, viaKeyboard } from "./keyboard-actions";
import { expectFormLeadNotSpam } from "./stored-lead";

const INLINE_FRAME = "#inline-section [data-switchboard] iframe";

// The form's controls and the host page's buttons are worked from the keyboard, not clicked: a
// click that first scrolls can land in the cross-origin frame drawn there before the scroll (see
// keyboard-actions.ts). Text fields are filled (no mouse).

/** People take more than MIN_FILL_TIME_MS (3 s) to fill a form; faster submissions are stored as spam (./fill-time.ts). */
async function send(frame: ReturnType<Page["frameLocator"]>) {
  await passFillTime(frame);
  await viaKeyboard(frame.getByRole("button", { name: "Send" }), "Enter");
}

const redirectSlug = `embed-redirect-${Date.now()}`;

// Frames of the form that embed.js did not make: one claims a host the form does not allow.
const claims = (appUrl: string, origin: string) => `${appUrl}/f/demo?embed=1&sb_origin=${encodeURIComponent(origin)}`;

// The form allows this origin …
const allowed = useAllowedDemoSite((appUrl, origin) => ({
  "/two": `<!doctype html><title>Two embeds</title>${EVENT_LOG_SCRIPT}
    <div id="first" data-switchboard="demo" data-switchboard-loading="eager"></div>
    <div id="second" data-switchboard="demo" data-switchboard-loading="eager"></div>
    <ol id="events"></ol>
    <script>addEventListener("message", function (e) { if (e.data && e.data.forgeDone) document.body.dataset.forge = "done"; });</script>
    <script async src="${appUrl}/embed.js"></script>`,
  "/queued": `<!doctype html><title>Queued</title>${EVENT_LOG_SCRIPT}<ol id="events"></ol>
    <script>window.Switchboard = window.Switchboard || function () { (Switchboard.q = Switchboard.q || []).push(arguments); };
      Switchboard("open", "demo", { prefill: { email: "queued@acme.example", full_name: "Quinn Queue" } });</script>
    <script async src="${appUrl}/embed.js"></script>`,
  "/claims": `<!doctype html><title>Claims</title>
    <iframe id="honest" src="${claims(appUrl, origin)}" width="600" height="400"></iframe>
    <iframe id="liar" src="${claims(appUrl, "https://evil.example")}" width="600" height="400"></iframe>`,
  "/redirecting": `<!doctype html><title>Redirecting form</title>${EVENT_LOG_SCRIPT}<ol id="events"></ol>
    <div data-switchboard="${redirectSlug}"></div><script async src="${appUrl}/embed.js"></script>`,
  "/thanks": "<!doctype html><title>Thanks</title><h1>Thanks from Acme</h1>",
  "/missing": `<!doctype html><title>Missing form</title>${EVENT_LOG_SCRIPT}<ol id="events"></ol>
    <div id="missing" data-switchboard="no-such-form" data-switchboard-loading="eager"></div><script async src="${appUrl}/embed.js"></script>`,
}));
let stranger: TEmbedDemoSite; // … and not this one

test.beforeAll(async ({ baseURL }) => {
  // A page on the stranger's origin that poses as the form: it posts protocol messages to its parent.
  const forge = `<!doctype html><title>Forger</title><script>
    [{ sb: 1, type: "ready", height: 5, title: "Forged" }, { sb: 1, type: "resize", height: 7 }, { sb: 1, type: "step", index: 9 },
     { sb: 1, type: "submitted", leadId: "forged", outcome: "message" }, { sb: 1, type: "close" }]
      .forEach(function (m) { parent.postMessage(m, "*"); });
    parent.postMessage({ forgeDone: true }, "*");
  </script>`;
  stranger = await startEmbedDemoSite({ appUrl: baseURL!, port: 0, extraPages: () => ({ "/forge": forge }) });
});

test.afterAll(async () => {
  await stranger?.close();
});

test("inline: the form renders on the host page, follows its content's height step by step, and a submission carries the host page's UTM values", async ({ page, browser }) => {
  const consoleLines: string[] = [];
  page.on("console", (message) => consoleLines.push(message.text()));
  await installFormClock(page); // every frame of the page: the form's cross-origin one too
  await page.goto(`${allowed.origin}/?utm_source=newsletter&utm_campaign=spring`);
  const iframe = page.locator(INLINE_FRAME);
  await expect(iframe).toHaveAttribute("title", "Book a demo"); // set from the frame's ready message
  await expect(iframe).toHaveAttribute("loading", "lazy");
  const frame = iframe.contentFrame();
  await expect(frame.getByLabel("Work email")).toBeVisible();
  await expect.poll(async () => (await hostEvents(page)).map((e) => e.type)).toEqual(["ready"]);
  const fits = async () => {
    const { iframe: outer, content } = await frameHeights(page, INLINE_FRAME, frame);
    return outer === content ? outer : `iframe ${outer} px, content ${content} px`;
  };
  // The height of the poll that saw the frame fit its content — not a second read, which can
  // land while the next resize message is on its way and give a mismatch instead of a number.
  const settledHeight = async () => {
    let height = Number.NaN;
    await expect.poll(async () => {
      const fit = await fits();
      if (typeof fit === "number") height = fit;
      return fit;
    }).toEqual(expect.any(Number));
    return height;
  };
  const firstStep = await settledHeight();

  // Errors make the step taller: the frame follows.
  await viaKeyboard(frame.getByRole("button", { name: "Next" }), "Enter");
  await expect(frame.getByLabel("Work email")).toHaveAttribute("aria-invalid", "true");
  await expect.poll(fits).toBeGreaterThan(firstStep);

  await frame.getByLabel("Work email").fill(`embed.${Date.now()}@acme-embed.com`);
  await frame.getByLabel("Full name").fill("Emma Bedded");
  await checkViaKeyboard(frame.getByRole("radio", { name: "Manager" }));
  await checkViaKeyboard(frame.getByRole("radio", { name: "I recommend a solution" }));
  await viaKeyboard(frame.getByRole("button", { name: "Next" }), "Enter");
  await expect(frame.getByLabel("Company name")).toBeVisible();
  const secondStep = await settledHeight();
  expect(secondStep).not.toBe(firstStep);
  await expect.poll(async () => (await hostEvents(page)).filter((e) => e.type === "step").map((e) => e.detail.index)).toEqual([1]);

  // Back, then a student ends the form early: the shortest way to a lead.
  await viaKeyboard(frame.getByRole("button", { name: "Back" }), "Enter");
  await checkViaKeyboard(frame.getByRole("radio", { name: "Student" }));
  await send(frame);
  await expect(frame.getByRole("heading", { name: "Thanks for your interest" })).toBeVisible();
  await expect.poll(async () => (await hostEvents(page)).find((e) => e.type === "submitted")).toBeTruthy();
  const submitted = (await hostEvents(page)).find((e) => e.type === "submitted")!;
  expect(submitted.from).toBe("div"); // dispatched on the container, bubbling to document
  expect(submitted.detail).toEqual({ slug: "demo", leadId: expect.stringMatching(/^[\w-]+$/), outcome: "message" });
  expect(Object.keys(submitted.detail)).not.toContain("score");
  // The JS API snippet's listener, registered through the queue stub before embed.js loaded.
  await expect.poll(() => consoleLines).toContain(`lead ${submitted.detail.leadId} message`);
  await settledHeight();

  const manager = await browser.newPage();
  await signInAs(manager, "manager");
  const lead = await readLead(manager.request, submitted.detail.leadId as string);
  await manager.close();
  expect(lead.isSpam).toBe(false); // filled in a human's time (send)
  expect(lead.source).toBe("embed");
  expect(lead.utm).toMatchObject({ utm_source: "newsletter", utm_campaign: "spring", pageUrl: `${allowed.origin}/?utm_source=newsletter&utm_campaign=spring` });
  // The form's hidden fields took the host page's campaign parameters (read by the server from its URL).
  expect(lead.answers.filter((a) => a.key.startsWith("utm_"))).toEqual([expect.objectContaining({ key: "utm_source", value: "newsletter" }), expect.objectContaining({ key: "utm_campaign", value: "spring" })]);
});

test("popup: opens from the keyboard as a labelled modal dialog, keeps focus inside, closes with Escape from the host page or from inside the form, and gives focus back", async ({ page }) => {
  await page.goto(`${allowed.origin}/`);
  const trigger = page.locator("#popup-trigger");
  await trigger.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Book a demo" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();
  const frame = dialog.locator("iframe").contentFrame();
  await expect(frame.getByLabel("Work email")).toBeVisible();

  // The page behind is inert: Tab never leaves the dialog for the host's buttons nor for the inline
  // form's frame behind it — through the whole dialog and round again, past the browser's own UI
  // (from there Chromium tabs into the cross-origin frame behind; the form page reports the focus
  // and the loader hands it back to the dialog).
  const outside = () =>
    page.evaluate(() => {
      const active = document.activeElement;
      return active && active !== document.body && !active.closest("dialog") ? active.outerHTML.slice(0, 80) : null;
    });
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    await expect.poll(outside).toBeNull();
  }

  await dialog.getByRole("button", { name: "Close" }).focus();
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(trigger).toBeFocused();

  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await dialog.locator("iframe").contentFrame().getByLabel("Work email").click();
  await page.keyboard.press("Escape"); // inside the form's document: the frame asks the host to close
  await expect(dialog).toHaveCount(0);
  await expect(trigger).toBeFocused();
  await expect.poll(async () => (await hostEvents(page)).filter((e) => e.type === "closed").map((e) => e.from)).toEqual(["popup-trigger", "popup-trigger"]);
});

test("popup: before the form has loaded the dialog is named by its trigger, not 'Form'; then by the form's title", async ({ page }) => {
  await page.goto(`${allowed.origin}/`);
  // The popup's form page is held back: the name read out as the focus enters the dialog is the one
  // it has before the form says its title.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/f\/demo\?/, async (route) => {
    if (route.request().frame().parentFrame() && route.request().isNavigationRequest()) await held;
    await route.continue();
  });
  await page.locator("#popup-trigger").press("Enter");
  const dialog = page.locator("dialog");
  await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();
  await expect(dialog).toHaveAccessibleName("Talk to sales");
  release();
  await expect(dialog).toHaveAccessibleName("Book a demo");
});

test("JS API: calls made before embed.js arrives are kept; open prefills the form", async ({ page }) => {
  await page.goto(`${allowed.origin}/queued`);
  const dialog = page.getByRole("dialog", { name: "Book a demo" });
  await expect(dialog).toBeVisible();
  const frame = dialog.locator("iframe").contentFrame();
  await expect(frame.getByLabel("Work email")).toHaveValue("queued@acme.example");
  await expect(frame.getByLabel("Full name")).toHaveValue("Quinn Queue");
  await expect.poll(async () => (await hostEvents(page)).map((e) => `${e.type}@${e.from}`)).toEqual(["ready@document"]);
});

/** The developer-console errors of the page and its frames, as they arrive. */
function consoleErrors(page: Page): string[] {
  const lines: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") lines.push(message.text());
  });
  return lines;
}

test("a website the form does not allow: the prospect reads a short notice (not a broken frame) with a link to the form, the frame shrinks to it, and the console names the cause", async ({ page }) => {
  const errors = consoleErrors(page);
  await page.goto(`${stranger.origin}/`);
  const iframe = page.locator(INLINE_FRAME);
  const notice = iframe.contentFrame().locator("main");
  await expect(notice).toHaveText("This form can't be shown here. Open the form");
  await expect.poll(() => errors).toContain(
    `Switchboard: this site (${stranger.origin}) is not allowed to embed form 'demo'. Add ${stranger.origin} on the form's Share page under "Websites allowed to embed".`,
  );
  // The frame follows the notice's height (the form's 480 px box is gone); the browser never showed its error page.
  await expect.poll(() => iframe.evaluate((el) => Math.round(el.getBoundingClientRect().height))).toBeLessThan(120);
  expect(page.frames().map((f) => f.url())).not.toContain("chrome-error://chromewebdata/");
  await expect(iframe.contentFrame().locator("form")).toHaveCount(0);
  await page.locator("#inline-section").screenshot({ path: test.info().outputPath("embed-notice-not-allowed.png") });
  // Nothing the host page could take for the form's events; no ready message renamed the frame.
  expect(await hostEvents(page)).toEqual([]);
  await expect(iframe).toHaveAttribute("title", "Form");

  // The hosted page works on any website: the link opens it in a new tab.
  const [hosted] = await Promise.all([page.context().waitForEvent("page"), viaKeyboard(notice.getByRole("link", { name: "Open the form" }), "Enter")]);
  await expect(hosted).toHaveURL(/\/f\/demo$/);
  await expect(hosted.getByRole("heading", { name: "Book a demo" })).toBeVisible();

  // The popup says the same in its dialog.
  await viaKeyboard(page.locator("#popup-trigger"), "Enter");
  await expect(page.getByRole("dialog").locator("iframe").contentFrame().locator("main")).toHaveText("This form can't be shown here. Open the form");
});

test("a slug that names no published form: a short notice without a link instead of a blank box, and the console says so", async ({ page }) => {
  const errors = consoleErrors(page);
  await page.goto(`${allowed.origin}/missing`);
  const iframe = page.locator("#missing iframe");
  await expect(iframe.contentFrame().locator("main")).toHaveText("This form isn't available.");
  await expect(iframe.contentFrame().getByRole("link")).toHaveCount(0);
  await expect.poll(() => errors).toContain("Switchboard: no published form 'no-such-form'. Check the slug in the embed snippet (data-switchboard) and that the form is published.");
  await expect.poll(() => iframe.evaluate((el) => Math.round(el.getBoundingClientRect().height))).toBeLessThan(120);
  await page.locator("#missing").screenshot({ path: test.info().outputPath("embed-notice-no-form.png") });
  expect(await hostEvents(page)).toEqual([]);
});

test("attack: messages from a foreign frame, from the host page itself and from the other embed are ignored", async ({ page }) => {
  await page.goto(`${allowed.origin}/two`);
  await expect.poll(async () => (await hostEvents(page)).map((e) => `${e.type}@${e.from}`).sort()).toEqual(["ready@first", "ready@second"]);
  const heightBefore = await page.locator("#first iframe").evaluate((el) => el.style.height);

  // The other embed's step goes to its own container only.
  const second = page.locator("#second iframe").contentFrame();
  await second.getByLabel("Work email").fill("second@acme-embed.com");
  await second.getByLabel("Full name").fill("Second Embed");
  await checkViaKeyboard(second.getByRole("radio", { name: "Manager" }));
  await checkViaKeyboard(second.getByRole("radio", { name: "I recommend a solution" }));
  await viaKeyboard(second.getByRole("button", { name: "Next" }), "Enter");
  await expect.poll(async () => (await hostEvents(page)).filter((e) => e.type === "step").map((e) => `${e.detail.index}@${e.from}`)).toEqual(["1@second"]);

  // The host page posts to itself, and a frame from another origin posts to its parent.
  await page.evaluate(() => window.postMessage({ sb: 1, type: "submitted", leadId: "self", outcome: "message" }, "*"));
  await page.evaluate((src) => {
    const forger = document.createElement("iframe");
    forger.src = src;
    document.body.append(forger);
  }, `${stranger.origin}/forge`);
  await expect(page.locator("body")).toHaveAttribute("data-forge", "done");
  const events = await hostEvents(page);
  expect(events.map((e) => `${e.type}@${e.from}`)).toEqual(expect.arrayContaining(["ready@first", "ready@second", "step@second"]));
  expect(events).toHaveLength(3);
  expect(await page.locator("#first iframe").evaluate((el) => el.style.height)).toBe(heightBefore);
  await expect(page.locator("#first iframe")).toHaveAttribute("title", "Book a demo");
});

test("attack: a frame of the form that claims a host the form does not allow is told nothing (the server checks the claim)", async ({ page }) => {
  const received: string[] = [];
  await page.exposeFunction("recordMessage", (from: string) => received.push(from));
  await page.addInitScript(() => {
    addEventListener("message", (e) => {
      const from = [...document.querySelectorAll("iframe")].find((f) => f.contentWindow === e.source)?.id ?? "unknown";
      (window as unknown as { recordMessage: (from: string) => void }).recordMessage(from);
    });
  });
  await page.goto(`${allowed.origin}/claims`);
  const honest = page.locator("#honest").contentFrame();
  const liar = page.locator("#liar").contentFrame();
  await expect(honest.locator("[data-embed-root]")).toHaveAttribute("data-embed-host", "connected");
  // The liar gets the notice for the host it claims, framable by that host only: the browser refuses it here.
  await expect.poll(() => page.frames().map((f) => f.url())).toContain("chrome-error://chromewebdata/");
  await expect(liar.locator("form")).toHaveCount(0);
  await expect.poll(() => received).toContain("honest");
  expect(received).not.toContain("liar");
});

test("the loader: a stable /embed.js, short-cached, and the same bytes under a content hash, cached for good", async ({ request }) => {
  const stable = await request.get("/embed.js");
  expect(stable.status()).toBe(200);
  expect(stable.headers()["content-type"]).toMatch(/javascript/);
  expect(stable.headers()["cache-control"]).toBe("public, max-age=300, stale-while-revalidate=86400");
  const hashed = fs.readdirSync(path.join(process.cwd(), "public/embed")).find((f) => /^loader\.[0-9a-f]+\.js$/.test(f));
  expect(hashed).toBeDefined();
  const pinned = await request.get(`/embed/${hashed}`);
  expect(pinned.status()).toBe(200);
  expect(pinned.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(await pinned.body()).toEqual(await stable.body());
});

test("a redirect end screen takes the host page there, not the small frame", async ({ browser, page }) => {
  const marketer = await browser.newPage();
  await signInAs(marketer, "marketer");
  const formId = await publishRedirectForm(marketer, redirectSlug, `${allowed.origin}/thanks`, [allowed.origin]);
  await marketer.close();

  await installFormClock(page);
  await page.goto(`${allowed.origin}/redirecting`);
  const frame = page.locator("[data-switchboard] iframe").contentFrame();
  await frame.getByLabel("Work email").fill(`redirect.${Date.now()}@acme-embed.com`);
  await passFillTime(frame); // faster than MIN_FILL_TIME_MS would be spam
  await viaKeyboard(frame.getByRole("button", { name: "Submit" }), "Enter");
  await expect(page).toHaveURL(`${allowed.origin}/thanks`);
  await expect(page.getByRole("heading", { name: "Thanks from Acme" })).toBeVisible();
  await expectFormLeadNotSpam(browser, formId); // a spam submission is redirected the same way
});

test("the Share page offers the three snippets, each copyable (no warning: a website is allowed)", async ({ browser }) => {
  const context = await browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const marketer = await context.newPage();
  await signInAs(marketer, "marketer");
  await marketer.goto(`/forms/${allowed.formId}/share`);
  await expect(marketer.getByText("No website may embed this form yet")).toHaveCount(0); // allowed.origin is listed
  for (const [name, expected] of [
    ["inline", '<div data-switchboard="demo"'],
    ["popup", 'data-switchboard-popup="demo"'],
    ["javascript api", 'Switchboard("open", "demo"'],
  ] as const) {
    const card = marketer.locator("section", { has: marketer.getByRole("heading", { name: "Embed on your website" }) });
    const snippet = card.locator("pre", { hasText: expected });
    await expect(snippet).toContainText("/embed.js");
    const copy = card.getByRole("button", { name: `Copy ${name} snippet` });
    await copy.click();
    await expect(copy.locator("xpath=..").getByRole("status")).toHaveText("Copied");
    expect((await marketer.evaluate(() => navigator.clipboard.readText())).trim()).toBe((await snippet.innerText()).trim());
  }
  await context.close();
});

test("embedded with sb_bg=transparent, the form page draws no background of its own", async ({ request }) => {
  const transparent = await (await request.get("/f/demo?embed=1&sb_bg=transparent")).text();
  expect(transparent).toContain("background:transparent");
  const plain = await (await request.get("/f/demo?embed=1")).text();
  expect(plain).toContain("background:#fff");
  expect(plain).not.toContain("Powered by Switchboard"); // chromeless
});
