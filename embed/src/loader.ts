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
//
// Security: a message counts only when it comes from the app's origin (this script's) and from
// an iframe this script created (server/domain/embed/protocol.ts). The form page learns this
// page's origin from its URL and posts only there, once the server found it allowed (never "*").
// Properties starting with "_" are renamed by the build (esbuild mangleProps): keep them internal.
import { frameUrl, type TFrameOptions } from "../../server/domain/embed/frame-url";
import { acceptsMessage, parseFrameMessage } from "../../server/domain/embed/protocol";

interface TEmbed {
  slug: string;
  _frame: HTMLIFrameElement;
  /** Where events are dispatched. */
  _target: EventTarget;
  _dialog?: HTMLDialogElement;
}

type TApi = ((command: string, a?: unknown, b?: unknown) => void) & { q?: IArguments[]; _loaded?: 1 };

const w = window as Window & { Switchboard?: TApi };
const d = document;
const existing = w.Switchboard;
const script = d.currentScript as HTMLScriptElement | null;

// Once per page (a second copy of the script does nothing); it needs its own <script> element.
if (!existing?._loaded && script) {
  const app = new URL(script.src).origin;
  const embeds: TEmbed[] = [];
  let popup: HTMLDialogElement | undefined; // the last popup opened (open while .open)

  const emit = (embed: TEmbed, type: string, detail: Record<string, unknown>) => {
    detail.slug = embed.slug;
    embed._target.dispatchEvent(new CustomEvent("switchboard:" + type, { bubbles: true, detail }));
  };

  const optionsOf = (el: Element): TFrameOptions => {
    // Prefill and hidden values both travel as URL parameters (by field key / hidden source).
    const values: Record<string, string> = {};
    for (const { name, value } of el.attributes as unknown as Attr[]) {
      const m = /^data-(?:prefill|hidden)-(.+)/.exec(name);
      if (m) values[m[1]!] = value;
    }
    return { prefill: values, transparent: el.hasAttribute("data-switchboard-transparent") };
  };

  const create = (slug: string, target: EventTarget, o: TFrameOptions, height: number): TEmbed => {
    const frame = d.createElement("iframe");
    frame.src = frameUrl(app, slug, location.href, d.referrer, o);
    frame.title = "Form";
    frame.style.cssText = "display:block;width:100%;border:0;height:" + height + "px";
    const embed = { slug, _frame: frame, _target: target };
    embeds.push(embed);
    return embed;
  };

  const mount = () => {
    d.querySelectorAll<HTMLElement & { _mounted?: 1 }>("[data-switchboard]").forEach((el) => {
      if (el._mounted) return;
      el._mounted = 1;
      const { _frame } = create(el.dataset.switchboard!, el, optionsOf(el), el.offsetHeight || 480);
      _frame.loading = (el.dataset.switchboardLoading || "lazy") as "lazy";
      el.append(_frame);
      el.style.minHeight = ""; // the snippet's reserved height now belongs to the frame
    });
  };

  // A native modal <dialog>: the page behind is inert (focus stays inside), Escape closes it
  // (the form page reports an Escape pressed inside the frame), focus returns to the opener.
  const open = (slug: string, o: TFrameOptions, trigger?: Element) => {
    const back = d.activeElement as HTMLElement | null;
    const dialog = d.createElement("dialog");
    const close = d.createElement("button");
    const embed: TEmbed = create(slug, trigger || d, o, 480);
    embed._dialog = dialog;
    // Named by its trigger ("Talk to sales") until the form's title arrives (ready): the name
    // read out as the focus enters the dialog, before the frame has loaded.
    dialog.setAttribute("aria-label", trigger?.textContent || "Form");
    dialog.style.cssText = "border:0;padding:0;width:640px;border-radius:9px";
    close.textContent = "×";
    close.setAttribute("aria-label", "Close");
    close.style.cssText = "float:right;border:0;background:0;color:#000;font-size:2em";
    // A click on the dialog itself (not on its frame) is a click on the backdrop.
    close.onclick = dialog.onclick = (event) => event.target === event.currentTarget && dialog.close();
    dialog.onclose = () => {
      dialog.remove(); // its frame's window is gone: no message can match this embed again
      back?.focus();
      emit(embed, "closed", {});
    };
    dialog.append(close, embed._frame);
    d.body.append(dialog);
    dialog.showModal();
    popup = dialog;
  };

  addEventListener("message", (event) => {
    const message = parseFrameMessage(event.data);
    const embed = message && embeds.find((e) => acceptsMessage(event.origin, event.source, app, e._frame.contentWindow));
    if (!message || !embed) return;
    const { _frame: frame, _dialog: dialog } = embed;
    // Named fields only, never the message itself: ready {}, step { index }, submitted { leadId, outcome }.
    const { type, height, title, index, leadId, outcome } = message as { type: string; height?: number; title?: string; index?: number; leadId?: string; outcome?: string };
    if (height) frame.style.height = height + "px";
    if (type === "close") return dialog?.close();
    // A frame behind the open popup got the focus (Chromium tabs from its own UI into a
    // cross-origin frame the modal dialog made inert): back to the popup's first control.
    if (type === "focus") return dialog || (popup?.open && (popup.firstChild as HTMLElement).focus());
    if (type === "ready") {
      frame.title = title!;
      dialog?.setAttribute("aria-label", title!);
    }
    if (type !== "resize") emit(embed, type, { index, leadId, outcome });
  });

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
