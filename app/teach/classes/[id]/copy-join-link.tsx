"use client";
import { useState } from "react";
import { Button } from "@/app/_components/button";

/** Copies the join link; says so in a live region. */
export function CopyJoinLink({ url }: { url: string }) {
  const [copied, setCopied] = useState("");
  return (
    <div className="mt-2 flex items-center gap-3">
      <Button
        type="button"
        variant="secondary"
        size="compact"
        onClick={() => {
          navigator.clipboard.writeText(url).then(
            () => setCopied("Join link copied."),
            () => setCopied("Could not copy; select the link and copy it."),
          );
        }}
      >
        Copy join link
      </Button>
      <span role="status" className="text-sm">
        {copied}
      </span>
    </div>
  );
}
