// The embedded form page's height, told to the host page from the first paint on — before the
// page's code has arrived. The form is the server's HTML, on screen and clickable long before the
// shell hydrates and ./embed-bridge.ts sends "ready" with the height; until then the host's iframe
// kept the height it guessed (the snippet's reserved height, a popup's 480 px), and changing it
// then moved what the prospect was pointing at (a popup re-centred; a frame scrolled inside while
// too short jumped back to its top). The page renders this as an inline <script> at the top of
// the embed root: it observes the root and posts "resize" (server/domain/embed/protocol.ts) to
// the host origin the server checked — never "*" — until the bridge has taken over (it marks the
// root data-embed-host). A few hundred bytes, no chunk. Pure: returns the script's text.
// (The attribute names are spelled out: ./embed-bridge.ts is client code, the page a server one.)

/** The inline script's text; `hostOrigin` is the host origin the server checked (readEmbedParams). */
export function earlyHeightScript(hostOrigin: string): string {
  // JSON is a JavaScript string literal; "<" escaped so the text cannot close the <script>.
  const origin = JSON.stringify(hostOrigin).replace(/</g, "\\u003c");
  return (
    `(function(){var r=document.querySelector("[data-embed-root]"),h=-1;` +
    `if(!r||parent===window||!window.ResizeObserver)return;` +
    `var o=new ResizeObserver(function(){` +
    `if(r.hasAttribute("data-embed-host"))return o.disconnect();` +
    `var n=Math.ceil(r.getBoundingClientRect().height);` +
    `if(n!==h){h=n;parent.postMessage({sb:1,type:"resize",height:n},${origin})}});` +
    `o.observe(r)})()`
  );
}
