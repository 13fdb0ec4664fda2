import type { Metadata } from "next";
import { NotFoundPage } from "@/components/boundaries/not-found-page";

export const metadata: Metadata = { title: "Not found" };

export default function NotFound() {
  return <NotFoundPage title="Page not found" detail="The ADE has no page at this address." />;
}
