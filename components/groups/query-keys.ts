export const groupsKey = ["groups"] as const;
