"use client";
// A <select> in a GET form (method="get") that, once the page's script runs, shows its choice at
// once: a change asks the server for the form's address with the new value (router.replace — no
// full reload, focus stays on the select, so arrowing through a closed menu just updates the page
// as it goes). Before or without the script, the form's own submit button does the same with a
// plain GET. The options come as children (server-rendered).
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

export function SubmitOnChangeSelect(props: Omit<ComponentProps<"select">, "onChange">) {
  const router = useRouter();
  return (
    <select
      {...props}
      onChange={(event) => {
        const form = event.currentTarget.form;
        if (!form) return;
        const url = new URL(form.action, window.location.href);
        url.search = new URLSearchParams([...new FormData(form)].map(([key, value]) => [key, String(value)])).toString();
        router.replace(`${url.pathname}${url.search}`, { scroll: false });
      }}
    />
  );
}
