// The Pilkada stage timeline (PKPU 2/2024 by default, replaceable for later elections) as pure functions: which
// stage a date belongs to, and how long until the vote.
import { formatNumber } from '../format/number';
import { daysBetween } from './report-dates';

/** One stage of an election schedule; dates are ISO and inclusive. */
export interface Stage {
  id: string;
  nama: string;
  mulai: string;
  selesai: string;
  urutan: number;
  /** True for the voting day; the countdown counts to its start. */
  pemungutan: boolean;
}

/** A whole schedule: its name and stages in order. */
export interface Timeline {
  nama: string;
  stages: Stage[];
}

/**
 * The stage a date falls in. Stages overlap (the ad-hoc bodies are formed while candidates register), so the most
 * specific wins: the shortest stage containing the date, then the one that started last. Null outside every stage.
 */
export function stageOfDate(date: string, stages: readonly Stage[]): Stage | null {
  let best: Stage | null = null;
  for (const stage of stages) {
    if (date < stage.mulai || date > stage.selesai) continue;
    if (!best) {
      best = stage;
      continue;
    }
    const length = daysBetween(stage.mulai, stage.selesai);
    const bestLength = daysBetween(best.mulai, best.selesai);
    if (length < bestLength || (length === bestLength && stage.mulai > best.mulai)) best = stage;
  }
  return best;
}

/** The voting day of a schedule, or null when no stage is marked as the vote. */
export function voteDay(stages: readonly Stage[]): string | null {
  return stages.find((s) => s.pemungutan)?.mulai ?? null;
}

/** Whole days from `today` to the vote (0 on the day, negative after it), or null without a voting day. */
export function daysToVote(stages: readonly Stage[], today: string): number | null {
  const day = voteDay(stages);
  return day === null ? null : daysBetween(today, day);
}

/** The countdown in words: "27 hari lagi menuju pemungutan suara", "Hari pemungutan suara", "… 12 hari lalu". */
export function countdownText(days: number | null): string {
  if (days === null) return 'Jadwal ini tidak menandai hari pemungutan suara.';
  if (days === 0) return 'Hari ini hari pemungutan suara.';
  if (days > 0) return `${formatNumber(days)} hari lagi menuju pemungutan suara`;
  return `Pemungutan suara sudah ${formatNumber(-days)} hari lalu`;
}

/** Problems with a schedule as edited, one Bahasa sentence each (empty when it can be saved). */
export function timelineProblems(stages: readonly Stage[]): string[] {
  const problems: string[] = [];
  if (stages.length === 0) problems.push('Jadwal harus punya sedikitnya satu tahapan.');
  const ids = new Set<string>();
  stages.forEach((stage, i) => {
    const where = `Tahapan ${i + 1}${stage.nama.trim() ? ` (${stage.nama.trim()})` : ''}`;
    if (!stage.nama.trim()) problems.push(`${where}: isi nama tahapan.`);
    if (stage.selesai < stage.mulai) problems.push(`${where}: tanggal selesai sebelum tanggal mulai.`);
    if (ids.has(stage.id)) problems.push(`${where}: kode tahapan "${stage.id}" dipakai dua kali.`);
    ids.add(stage.id);
  });
  if (stages.filter((s) => s.pemungutan).length > 1)
    problems.push('Hanya satu tahapan yang boleh ditandai pemungutan suara.');
  return problems;
}
