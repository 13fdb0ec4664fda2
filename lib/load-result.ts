import { AppError, type AppErrorBody } from "@/lib/errors";

export type LoadResult<T> = { ok: true; data: T } | { ok: false; error: AppErrorBody };

/** Runs a server-side load; an AppError becomes a value the page can render, anything else is rethrown. */
export async function load<T>(loader: () => Promise<T>): Promise<LoadResult<T>> {
  try {
    return { ok: true, data: await loader() };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toJSON() };
    throw error;
  }
}
