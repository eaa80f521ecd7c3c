/** The map's measures, in SVG user units (CSS pixels at 1:1), and the few helpers that write coordinates. */
import type { Entity } from "../../data/link.ts";

export const WIDTH = 1160;
export const MARGIN = 8;
/** Right to left: actors, agreements and events, terms. */
export const COLUMN_WIDTHS = [200, 280, 220] as const;
export const FONT_SIZE = 14;
export const LINE_HEIGHT = 21;
export const DATE_SIZE = 12;
export const DATE_LINE_HEIGHT = 19;
export const PAD_X = 12;
export const PAD_Y = 8;
export const MAX_LINES = 3;
/** An estimate of a character's advance, with room to spare: Noto Naskh Arabic averages 0.38em over the real names. */
export const CHAR_EM = 0.47;
export const LEGEND_Y = 20;
export const HEADING_Y = 62;
export const TOP = 88;
export const MIN_GAP = 12;
export const MAX_GAP = 44;
export const SUBHEADING_HEIGHT = 44;
/** Spacing of the edges that share a gap of the middle column. */
export const GAP_LANE = 3;
/** Where the agreements' lanes run, beside the middle column on the terms' side. */
export const LANE_OFFSET = 12;
export const LANE_SPACING = 12;

export interface MapNode {
  entity: Entity;
  /** 0: actors (right), 1: agreements and events (middle), 2: terms (left). */
  column: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The name as drawn, one entry per line (the last may end in an ellipsis). */
  lines: string[];
}

/** A cubic curve from (x1, y1) to (x2, y2), level at both ends. */
export function curve(x1: number, y1: number, x2: number, y2: number): string {
  const mid = (x1 + x2) / 2;
  return `M${n(x1)} ${n(y1)}C${n(mid)} ${n(y1)} ${n(mid)} ${n(y2)} ${n(x2)} ${n(y2)}`;
}

export function centreY(node: MapNode): number {
  return node.y + node.height / 2;
}

/** A coordinate with at most one decimal, so that the output is small and the same on every run. */
export function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}
