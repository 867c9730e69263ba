// How a call to action looks, whether it is a link or a button: the main one filled, the others outlined, one that
// removes something in red. Learner pages use the full size; teacher pages, which hold more controls a screen, the
// compact one. <Button> and <ButtonLink> (button.tsx) apply them; the class strings are exported for the few
// elements that are neither (a client form's own submit button, a summary).
const LOOKS = {
  primary: {
    full: "rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800",
    compact:
      "inline-flex items-center justify-center rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60",
  },
  secondary: {
    full: "rounded-md border border-slate-300 px-4 py-2 font-semibold hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800",
    compact:
      "inline-flex items-center justify-center rounded-md border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800",
  },
  danger: {
    full: "rounded-md border border-rose-700 px-4 py-2 font-semibold text-rose-800 hover:bg-rose-50 disabled:opacity-60 dark:border-rose-400 dark:text-rose-200 dark:hover:bg-rose-950",
    compact:
      "inline-flex items-center justify-center rounded-md border border-rose-700 px-3 py-1.5 text-sm font-medium text-rose-800 hover:bg-rose-50 disabled:opacity-60 dark:border-rose-400 dark:text-rose-200 dark:hover:bg-rose-950",
  },
} as const;

export type ActionVariant = keyof typeof LOOKS;
export type ActionSize = keyof (typeof LOOKS)[ActionVariant];

export function actionClass(variant: ActionVariant, size: ActionSize = "full"): string {
  return LOOKS[variant][size];
}

export const actionPrimary = LOOKS.primary.full;
export const actionSecondary = LOOKS.secondary.full;
export const buttonPrimary = LOOKS.primary.compact;
export const buttonSecondary = LOOKS.secondary.compact;
export const buttonDanger = LOOKS.danger.compact;
