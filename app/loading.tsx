import { PageLoading } from "@/components/boundaries/page-loading";

export default function Loading() {
  return <PageLoading what="the page" />;
}
