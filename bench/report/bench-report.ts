/**
 * The shape of one benchmark run as written to bench/results/<timestamp>.json.
 */
import type { MachineDescription } from '../measure/machine.js';
import type { MatchingSection } from '../sections/section-types.js';
import type { SlackSection } from '../sections/section-types.js';
import type { TierOutcome } from '../tier/tier-types.js';

export type TargetStatus = 'met' | 'missed' | 'not measured';

export interface TargetEvaluation {
  id: string;
  /** The target as the issue states it. */
  target: string;
  /** The measured figure, with its unit. */
  figure: string;
  /** The tier the figure comes from (the largest that ran), or the section. */
  measuredAt: string;
  status: TargetStatus;
  /** How far off, when missed ("3.1× over", "0.947 vs 0.98"). */
  gap: string;
  /** Why, from the run's own breakdown. */
  why: string;
  /** What would close the gap. */
  closeBy: string;
}

export interface BenchReport {
  formatVersion: 1;
  startedAt: string;
  finishedAt: string;
  command: string;
  mode: 'quick' | 'default' | 'full' | 'custom';
  /** --scale below 1: tier sizes and matching profile counts multiplied by this (a smoke run, not the targets). */
  scale?: number;
  machine: MachineDescription;
  loadAverage: { start: number; end: number };
  tiers: TierOutcome[];
  matching: MatchingSection;
  slack: SlackSection;
  targets: TargetEvaluation[];
  /** Defaults for the core, read off this run's sweeps. */
  recommendations: string[];
  notes: string[];
}
