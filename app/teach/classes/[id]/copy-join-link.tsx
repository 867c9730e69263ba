"use client";
import { useState } from "react";
import { buttonSecondary } from "../../_components/styles";

/** Copies the join link; says so in a live region. */
export function CopyJoinLink({ url }: { url: string }) {
  const [copied, setCopied] = useState("");
  return (
    <div className="mt-2 flex items-center gap-3">
      <button
        type="button"
        className={buttonSecondary}
        onClick={() => {
          navigator.clipboard.writeText(url).then(
            () => setCopied("Join link copied."),
            () => setCopied("Could not copy; select the link and copy it."),
          );
        }}
      >
        Copy join link
      </button>
      <span role="status" className="text-sm">
        {copied}
      </span>
    </div>
  );
}
