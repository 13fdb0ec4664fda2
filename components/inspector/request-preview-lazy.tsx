"use client";

import dynamic from "next/dynamic";
import { Loading } from "@/components/ui/loading";

/** The Next request tab's code (request view, JSON view) loads when the tab is opened. */
export const LazyRequestPreview = dynamic(() => import("./request-preview").then((mod) => mod.RequestPreview), {
  loading: () => <Loading what="the request preview" />,
});
