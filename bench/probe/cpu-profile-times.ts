/**
 * Reading a V8 CPU profile (the inspector's Profiler.stop result or a .cpuprofile file) into sampled milliseconds
 * per function: self time (the function on top of the stack) and total time (anywhere on the stack, counted once
 * per sample however deep it recurses). Shared by the probes that profile a step.
 */

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber?: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The short label of a function: its name and its file below src/, node_modules/, bench/ or test/. */
export const functionLabel = (node: ProfileNode, withPosition = false): string => {
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  const file = url.replace(/^.*\/(src|node_modules|bench|test)\//, '$1/');
  const position = withPosition ? `:${lineNumber + 1}:${(columnNumber ?? 0) + 1}` : '';
  return `${functionName || '(anonymous)'} ${file}${position}`;
};

export interface ProfileTimes {
  /** All sampled milliseconds. */
  all: number;
  self: Map<string, number>;
  total: Map<string, number>;
}

/** Self and total sampled milliseconds per label (by default: function and file). */
export function profileTimes(
  profile: CpuProfile,
  label: (node: ProfileNode) => string = (node) => functionLabel(node),
): ProfileTimes {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const times: ProfileTimes = { all: 0, self: new Map(), total: new Map() };
  const add = (map: Map<string, number>, key: string, value: number) => map.set(key, (map.get(key) ?? 0) + value);
  profile.samples.forEach((sample, position) => {
    const milliseconds = (profile.timeDeltas[position] ?? 0) / 1000;
    times.all += milliseconds;
    add(times.self, label(byId.get(sample) as ProfileNode), milliseconds);
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const name = label(byId.get(id) as ProfileNode);
      if (seen.has(name)) continue;
      seen.add(name);
      add(times.total, name, milliseconds);
    }
  });
  return times;
}
