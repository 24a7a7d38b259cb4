// Tailwind CSS 4 reads its theme from app/globals.css (@theme); this file is loaded there with
// @config for the content paths and the few design tokens shared by dashboard and hosted forms.
import type { Config } from "tailwindcss";

export default {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: { 50: "#eef4ff", 100: "#dae6ff", 500: "#3b6cf6", 600: "#2a55db", 700: "#2345b1" },
      },
      fontFamily: {
        sans: ["ui-sans-serif", "system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
      },
    },
  },
} satisfies Config;
