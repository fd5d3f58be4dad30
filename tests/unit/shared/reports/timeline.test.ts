import { describe, expect, it } from 'vitest';
import {
  countdownText,
  daysToVote,
  stageOfDate,
  timelineProblems,
  type Stage,
} from '../../../../shared/reports/timeline';

const stage = (id: string, mulai: string, selesai: string, pemungutan = false): Stage => ({
  id,
  nama: id,
  mulai,
  selesai,
  urutan: 0,
  pemungutan,
});

// A few stages of the PKPU 2/2024 schedule, written out here rather than read from the seed.
const STAGES = [
  stage('badan-adhoc', '2024-04-17', '2024-11-05'),
  stage('kampanye', '2024-09-25', '2024-11-23'),
  stage('masa-tenang', '2024-11-24', '2024-11-26'),
  stage('pemungutan', '2024-11-27', '2024-11-27', true),
  stage('rekapitulasi', '2024-11-27', '2024-12-16'),
];

describe('stageOfDate', () => {
  it('gives the most specific of overlapping stages (kampanye inside the ad-hoc bodies’ long stage)', () => {
    expect(stageOfDate('2024-10-10', STAGES)?.id).toBe('kampanye');
  });

  it('counts both ends of a stage as inside it', () => {
    expect(stageOfDate('2024-11-24', STAGES)?.id).toBe('masa-tenang');
    expect(stageOfDate('2024-11-26', STAGES)?.id).toBe('masa-tenang');
  });

  it('gives the one-day vote over the counting that starts the same day', () => {
    expect(stageOfDate('2024-11-27', STAGES)?.id).toBe('pemungutan');
    expect(stageOfDate('2024-11-28', STAGES)?.id).toBe('rekapitulasi');
  });

  it('gives null outside every stage', () => {
    expect(stageOfDate('2025-01-10', STAGES)).toBeNull();
  });
});

describe('countdown', () => {
  it('counts whole days to the voting day', () => {
    expect(daysToVote(STAGES, '2024-11-01')).toBe(26);
    expect(countdownText(26)).toBe('26 hari lagi menuju pemungutan suara');
  });

  it('says so on the day and after it', () => {
    expect(countdownText(daysToVote(STAGES, '2024-11-27'))).toBe('Hari ini hari pemungutan suara.');
    expect(countdownText(daysToVote(STAGES, '2024-12-09'))).toBe('Pemungutan suara sudah 12 hari lalu');
  });
});

describe('timelineProblems', () => {
  it('names a stage that ends before it starts', () => {
    expect(timelineProblems([stage('x', '2024-05-02', '2024-05-01')])).toEqual([
      'Tahapan 1 (x): tanggal selesai sebelum tanggal mulai.',
    ]);
  });

  it('refuses two voting days', () => {
    const two = [stage('a', '2024-11-27', '2024-11-27', true), stage('b', '2024-12-01', '2024-12-01', true)];
    expect(timelineProblems(two)).toContain('Hanya satu tahapan yang boleh ditandai pemungutan suara.');
  });
});
