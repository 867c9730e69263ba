"use client";
import { useState } from "react";

/** Copies a shareable link that opens the article at the quote (URL text fragment). */
export function CopyLink({ path }: { path: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
      <a href={path} className="break-all underline">
        Link to this quote
      </a>
      <button
        type="button"
        className="rounded border border-slate-400 px-2 py-0.5"
        onClick={async () => {
          await navigator.clipboard.writeText(new URL(path, window.location.href).toString());
          setCopied(true);
        }}
      >
        Copy link
      </button>
      <span role="status" aria-live="polite">
        {copied ? "Copied" : ""}
      </span>
    </p>
  );
}
