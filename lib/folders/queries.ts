"use client";

import { queryOptions } from "@tanstack/react-query";
import { apiUrl, fetchJson } from "@/lib/fetch-json";
import { isFinalStatus, type AgentFilesView, type FolderAgent, type FolderFileDetail } from "@/lib/folders/types";
import type { FolderFileView, FolderView } from "@/lib/folders/types";
import { queryKeys } from "@/lib/query-keys";

/** How often a folder's files are read again while Letta is still processing one of them. */
const PROCESSING_POLL_MS = 1_000;

export const folderListQuery = () =>
  queryOptions({
    queryKey: queryKeys.folderList(),
    queryFn: () => fetchJson<FolderView[]>(apiUrl(["folders"])),
  });

export const folderFilesQuery = (folderId: string) =>
  queryOptions({
    queryKey: queryKeys.folderFiles(folderId),
    queryFn: () => fetchJson<FolderFileView[]>(apiUrl(["folders", folderId, "files"])),
    staleTime: 0,
    refetchInterval: (query) =>
      query.state.data?.some((file) => !isFinalStatus(file.status)) ? PROCESSING_POLL_MS : false,
  });

export const folderFileQuery = (folderId: string, fileId: string) =>
  queryOptions({
    queryKey: queryKeys.folderFile(folderId, fileId),
    queryFn: () => fetchJson<FolderFileDetail>(apiUrl(["folders", folderId, "files", fileId])),
    staleTime: 0,
  });

export const folderAgentsQuery = (folderId: string) =>
  queryOptions({
    queryKey: queryKeys.folderAgents(folderId),
    queryFn: () => fetchJson<FolderAgent[]>(apiUrl(["folders", folderId, "agents"])),
    staleTime: 0,
  });

export const agentFilesQuery = (agentId: string) =>
  queryOptions({
    queryKey: queryKeys.agentFiles(agentId),
    queryFn: () => fetchJson<AgentFilesView>(apiUrl(["agents", agentId, "files"])),
    staleTime: 0,
  });
