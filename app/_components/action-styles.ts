// The learner pages' two kinds of call to action, as links or buttons: the main
// one filled, the others outlined. (Teacher pages use their own, more compact set.)
export const actionPrimary = "rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800";
export const actionSecondary =
  "rounded-md border border-slate-300 px-4 py-2 font-semibold hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800";
