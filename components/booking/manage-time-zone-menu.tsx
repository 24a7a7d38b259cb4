// The manage page's (/b/<token>) "Times in" menu: the booking panel's menu (time-zone-picker.tsx)
// as a GET form — the booking's own zone first under "Booked in", the common zones, then every zone
// by region, labelled as the panel labels them ("New York (GMT−5)"). It is rendered whole on the
// server, so it works without JavaScript (a button asks for ?tz=<zone>); with it, a pick shows the
// times at once (SubmitOnChangeSelect). The page checks ?tz= against the same offered zones
// (askedTimeZone).
import { buttonClasses } from "@/components/ui/button";
import { SubmitOnChangeSelect } from "@/components/ui/submit-on-change-select";
import { ZoneMenuOptions } from "@/components/ui/zone-menu-options";
import { listTimeZones } from "@/server/domain/reps/time-zone";
import { offeredTimeZones, timeZoneChoice, timeZoneMenu, type TZoneChoice } from "@/server/domain/time/time-zone-choices";

const HOUR = 3_600_000;

/** Every offered zone labelled with its offset at the start of the hour (~400 Intl lookups: once an hour, not once a page). */
let labelled: { hour: number; choices: TZoneChoice[] } | null = null;

function labelledZones(now: Date): TZoneChoice[] {
  const hour = Math.floor(now.getTime() / HOUR);
  if (labelled?.hour !== hour) {
    const at = new Date(hour * HOUR);
    labelled = { hour, choices: offeredTimeZones(listTimeZones()).map((zone) => timeZoneChoice(zone, at)) };
  }
  return labelled.choices;
}

export function ManageTimeZoneMenu({ action, bookedIn, value, now }: {
  /** The page's own address (without a query): the form asks for it with ?tz=. */
  action: string;
  /** The booking's zone (current name): first, under "Booked in". */
  bookedIn: string;
  /** The zone the times are shown in. */
  value: string;
  now: Date;
}) {
  const choices = labelledZones(now);
  const menu = timeZoneMenu(choices, choices.find((choice) => choice.value === bookedIn) ?? timeZoneChoice(bookedIn, now));
  return (
    <form method="get" action={action} className="flex flex-wrap items-center gap-2">
      {/* The select as wide as its longest zone ("Dumont d’Urville (GMT+10)"), so no offset is cut off; on a phone the button goes below it. */}
      <label className="flex min-w-0 flex-wrap items-center gap-2 text-xs text-slate-600">
        Times in
        {/* 16 px text on phones: iOS zooms the page into a smaller control when it is focused. */}
        <SubmitOnChangeSelect name="tz" defaultValue={value} className="min-w-0 max-w-full rounded border border-slate-300 px-2 py-1.5 text-base text-slate-800 sm:py-1 sm:text-xs">
          <ZoneMenuOptions first={{ heading: "Booked in", zone: menu.detected }} common={menu.common} regions={menu.regions} />
        </SubmitOnChangeSelect>
      </label>
      <button type="submit" className={buttonClasses("secondary")}>
        Show times
      </button>
    </form>
  );
}
