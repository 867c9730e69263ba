// Class names shared by the teaching pages, so inputs, links and cards look alike everywhere. (Buttons:
// app/_components/action-styles.ts and button.tsx.)
export const inputClass =
  "rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100";
export const linkClass = "font-medium text-brand-700 underline underline-offset-2 dark:text-brand-100";
export const cardClass = "rounded-lg border border-slate-200 p-4 dark:border-slate-800";
export const mutedText = "text-sm text-slate-600 dark:text-slate-300";
