// Class names shared by the teaching pages, so buttons and inputs look alike everywhere.
export const buttonPrimary =
  "inline-flex items-center justify-center rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60";
export const buttonSecondary =
  "inline-flex items-center justify-center rounded-md border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800";
export const buttonDanger =
  "inline-flex items-center justify-center rounded-md border border-rose-700 px-3 py-1.5 text-sm font-medium text-rose-800 hover:bg-rose-50 disabled:opacity-60 dark:border-rose-400 dark:text-rose-200 dark:hover:bg-rose-950";
export const inputClass =
  "rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100";
export const linkClass = "font-medium text-brand-700 underline underline-offset-2 dark:text-brand-100";
export const cardClass = "rounded-lg border border-slate-200 p-4 dark:border-slate-800";
export const mutedText = "text-sm text-slate-600 dark:text-slate-300";
