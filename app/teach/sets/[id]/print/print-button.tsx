"use client";
import { buttonPrimary } from "../../../_components/styles";

export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className={`${buttonPrimary} no-print`}>
      Print
    </button>
  );
}
