// dnd-kit's KeyboardSensor, listening for keys from the moment it picks an item up.
// The library starts listening one task later (so that the Space which picked up is not also
// taken as the drop). On a busy page that task runs long after the pick-up was rendered and
// announced — 230 ms later was measured in the e2e build under load — and an arrow pressed in
// between was silently lost: the item stayed where it was while "Picked up …" was already heard.
// This sensor listens at once and skips only the very event that picked up, so every key after
// the pick-up counts, however busy the page. Everything else (keys, coordinates, scrolling, end
// and cancel) is the library's own handler.
//
// It reaches two private members of @dnd-kit/core 6.3.1 (pinned): `listeners` (the document's
// listener set, emptied when the drag ends) and the bound `handleKeyDown`, which the library's
// delayed task reads when it fires. Re-check them when upgrading dnd-kit (the keyboard journey,
// e2e/form-builder-keyboard.spec.ts, fails if this stops working).
import { KeyboardSensor, type KeyboardSensorProps } from "@dnd-kit/core";

interface TSensorInternals {
  listeners: { add: (eventName: string, handler: (event: Event) => void) => void };
  handleKeyDown: (event: Event) => void;
}

/** What the library's delayed task adds instead of its handler: nothing (one shared function). */
const alreadyListening = () => undefined;

export class PromptKeyboardSensor extends KeyboardSensor {
  constructor(props: KeyboardSensorProps) {
    super(props);
    const internals = this as unknown as TSensorInternals;
    const handleKeyDown = internals.handleKeyDown;
    internals.handleKeyDown = alreadyListening;
    // Added to the sensor's own set, so it goes when the drag ends or is cancelled.
    internals.listeners.add("keydown", (event) => {
      if (event !== props.event) handleKeyDown(event);
    });
  }
}
