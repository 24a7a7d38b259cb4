// embed.js — puts Switchboard forms on any website (≤ 1.5 KB gzipped; no dependencies).
//
//   inline  <div data-switchboard="SLUG" style="min-height:540px"></div>  (the height is reserved)
//   popup   <button data-switchboard-popup="SLUG">Talk to sales</button>
//   JS API  Switchboard('open', SLUG, { prefill: { email }, hidden: { plan: 'pro' }, transparent })
//           Switchboard('on', 'submitted', (detail) => …); Switchboard('mount')
// Options on an element: data-prefill-<field key>="…", data-hidden-<source>="…",
// data-switchboard-transparent, data-switchboard-loading="eager" (inline frames are lazy).
// Events: switchboard:ready | step | submitted | booked | closed, DOM CustomEvents that bubble, dispatched
// on the container (inline: the div; popup: the element that opened it, else document); detail
// = { slug, index (step), leadId + outcome (submitted), leadId + outcome (booked) }. Switchboard('on') listens on window.
// Until a frame's first message, "Loading form…" (role "status") shows where the form will be.
//
// Security: a message counts only when it comes from the app's origin (this script's) and from
// an iframe this script created (server/domain/embed/protocol.ts). The form page learns this
// page's origin from its URL and posts only there, once the server found it allowed (never "*").
// Properties starting with "_" are renamed by the build (esbuild mangleProps): keep them internal.
import { frameUrl, type TFrameOptions } from "../../server/domain/embed/frame-url";
import { acceptsMessage, parseFrameMessage } from "../../server/domain/embed/protocol";

type TApi = ((command: string, a?: unknown, b?: unknown) => void) & { q?: IArguments[]; _loaded?: 1 };

const w = window as Window & { Switchboard?: TApi };
const d = document;
const existing = w.Switchboard;
const script = d.currentScript as HTMLScriptElement | null;

// Once per page (a second copy of the script does nothing); it needs its own <script> element.
if (!existing?._loaded && script) {
  const app = new URL(script.src).origin;
  let popup: HTMLDialogElement | undefined; // the last popup opened (open while .open)

  const optionsOf = (el: Element): TFrameOptions => {
    // Prefill and hidden values both travel as URL parameters (by field key / hidden source).
    const values: Record<string, string> = {};
    for (const { name, value } of el.attributes as unknown as Attr[]) name.replace(/^data-(?:prefill|hidden)-(.+)/, (_, key: string) => (values[key] = value));
    return { prefill: values, transparent: el.hasAttribute("data-switchboard-transparent") };
  };

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K) => d.createElement(tag);

  /**
   * Puts a frame of the form `slug` at the end of the popup's `dialog`, else of `target` (the
   * inline container), and follows its messages; events go to `target`. A popup's closing
   * removes the dialog, its frame and the frame's message listener (and gives focus back).
   *
   * Loading state: "Loading form…" (an <output>: role "status") over the frame's top corner,
   * out of the flow, so nothing moves when it goes — until the frame's first message: its
   * content's height, which the form page sends from its first paint on (before its code), and
   * the app's notice too (a form that can't be shown here). No timer decides anything; a frame
   * that never speaks (the browser's error page) keeps the status: the host cannot tell that
   * from a form still loading — an iframe fires no error event, and its load event can come
   * before the frame's first message.
   */
  const create = (slug: string, o: TFrameOptions, target: EventTarget, height: number, loading: string, dialog?: HTMLDialogElement): void => {
    const frame = el("iframe");
    const status = el("output");
    const emit = (type: string, detail: Record<string, unknown>) => {
      detail.slug = slug;
      target.dispatchEvent(new CustomEvent("switchboard:" + type, { bubbles: true, detail }));
    };
    frame.src = frameUrl(app, slug, location.href, d.referrer, o);
    frame.title = "Form";
    frame.loading = loading as "lazy";
    frame.style.cssText = "display:block;width:100%;border:0;height:" + height + "px";
    status.textContent = "Loading form…";
    status.style.cssText = "position:absolute;padding:1em";
    (dialog || (target as Element)).append(status, frame);

    // Security: only messages from the app's origin AND from this very frame's window count.
    const on = (event: MessageEvent) => {
      const message = parseFrameMessage(event.data);
      if (!message || !acceptsMessage(event.origin, event.source, app, frame.contentWindow)) return;
      status.remove(); // the frame speaks: it shows the form (or the app's notice)
      // Named fields only, never the message itself: ready {}, step { index }, submitted { leadId, outcome }.
      const { type, height, title, index, leadId, outcome } = message as { type: string; height?: number; title?: string; index?: number; leadId?: string; outcome?: string };
      if (height) frame.style.height = height + "px";
      if (type === "close") return dialog?.close();
      // A frame behind the open popup got the focus (Chromium tabs from its own UI into a
      // cross-origin frame the modal dialog made inert): back to the popup's first control.
      if (type === "focus") return dialog || (popup?.open && (popup.firstChild as HTMLElement).focus());
      if (type === "ready") {
        frame.title = title!;
        if (dialog) dialog.ariaLabel = title!;
      }
      if (type !== "resize") emit(type, { index, leadId, outcome });
    };
    addEventListener("message", on);
    if (dialog) {
      const back = d.activeElement as HTMLElement | null; // the opener (the dialog is not shown yet)
      dialog.onclose = () => {
        // Its frame's window is gone: no message can match this listener again. Removed, so a
        // page that opens and closes the popup many times keeps none (e2e/embed-popup-listeners).
        dialog.remove();
        removeEventListener("message", on);
        back?.focus();
        emit("closed", {});
      };
    }
  };

  const mount = () => {
    d.querySelectorAll<HTMLElement & { _mounted?: 1 }>("[data-switchboard]").forEach((box) => {
      if (box._mounted) return;
      box._mounted = 1;
      create(box.dataset.switchboard!, optionsOf(box), box, box.offsetHeight || 480, box.dataset.switchboardLoading || "lazy");
      box.style.minHeight = ""; // the snippet's reserved height now belongs to the frame
    });
  };

  // A native modal <dialog>: the page behind is inert (focus stays inside), Escape closes it
  // (the form page reports an Escape pressed inside the frame), focus returns to the opener
  // (create() handles the closing).
  const open = (slug: string, o: TFrameOptions, trigger?: Element) => {
    const dialog = el("dialog");
    const close = el("button");
    // Named by its trigger ("Talk to sales") until the form's title arrives (ready): the name
    // read out as the focus enters the dialog, before the frame has loaded.
    dialog.ariaLabel = trigger?.textContent || "Form";
    dialog.style.cssText = "border:0;padding:0;width:640px;border-radius:9px";
    close.textContent = "×";
    close.ariaLabel = "Close";
    close.style.cssText = "float:right;border:0;background:0;color:#000;font-size:2em";
    // A click on the dialog itself (not on its frame) is a click on the backdrop.
    close.onclick = dialog.onclick = (event) => event.target === event.currentTarget && dialog.close();
    dialog.append(close);
    create(slug, o, trigger || d, 480, "eager", dialog);
    d.body.append(dialog);
    dialog.showModal();
    popup = dialog;
  };

  // Listeners on window: DOM events (click, DOMContentLoaded, ours) bubble up to it.
  addEventListener("click", (event) => {
    const trigger = (event.target as Element).closest<HTMLElement>("[data-switchboard-popup]");
    if (!trigger) return;
    event.preventDefault();
    open(trigger.dataset.switchboardPopup!, optionsOf(trigger), trigger);
  });

  const api: TApi = (command, a, b) => {
    if (command === "open") open(a as string, (b || {}) as TFrameOptions);
    // Events bubble to window: listeners there see every embed's, isolated from each other.
    else if (command === "on") addEventListener("switchboard:" + a, (event) => (b as (detail: unknown) => void)((event as CustomEvent).detail));
    else if (command === "mount") mount();
  };
  api._loaded = 1;
  w.Switchboard = api;
  mount(); // what is parsed already; the rest once the page is (mounting twice is a no-op)
  addEventListener("DOMContentLoaded", mount);
  for (const args of existing?.q || []) api(...(args as unknown as [string]));
}
