"use client";

import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import { onToastWanted } from "./toast";

const SonnerToaster = dynamic(() => import("./sonner-toaster").then((mod) => mod.SonnerToaster), { ssr: false });

/** Where toasts appear; mounted once in the root layout. Sonner's code loads with the first toast. */
export function Toaster() {
  const [wanted, setWanted] = useState(false);
  useEffect(() => onToastWanted(() => setWanted(true)), []);
  return wanted ? <SonnerToaster /> : null;
}
