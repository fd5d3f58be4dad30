// Generated laporan informasi for the benchmark: deterministic, spread over every kab/kota and two years, with
// Indonesian text of the length an analyst writes (a one-line "apa", a few sentences of chronology, a source), drawn
// from templates, place names and invented personal names so the vocabulary is as varied as real reports.
import type { ReportRecord } from '../../electron/core/reports/report-repo';
import { ASPECTS } from '../../shared/reports/aspects';
import { ATHG_TYPES } from '../../shared/reports/athg';
import { addDays } from '../../shared/reports/report-dates';
import { RELIABILITY_GRADES } from '../../shared/reports/scales';

const CATEGORIES = [
  'konflik-antarpendukung',
  'polarisasi',
  'netralitas',
  'logistik',
  'badan-ad-hoc',
  'tps',
  'dukungan-pemda',
  'bencana-alam',
  'politik-uang',
  'sara-ujaran-kebencian',
  'pelanggaran-gakkumdu',
  'lainnya',
];

const WHAT = [
  'Bentrok antarpendukung paslon {n} dan {m} di depan posko pemenangan',
  'Pembagian amplop berisi uang kepada warga menjelang pencoblosan',
  'Serangan fajar diduga dilakukan tim sukses di permukiman warga',
  'Kepala desa {p} diduga mengarahkan warga memilih paslon {n}',
  'ASN dinas pendidikan hadir dalam kampanye terbuka paslon {n}',
  'Distribusi surat suara terlambat karena jalan longsor',
  'Kotak suara rusak terendam banjir di gudang logistik kecamatan',
  'Anggota KPPS mengundurkan diri menjelang hari pemungutan',
  'Lokasi TPS berpindah tanpa pemberitahuan kepada pemilih',
  'Spanduk dan baliho paslon {m} dirusak orang tak dikenal',
  'Ujaran kebencian bernuansa SARA beredar di grup percakapan',
  'Hoaks tentang penundaan pemungutan suara menyebar di media sosial',
  'Dana hibah NPHD belum dicairkan pemerintah daerah',
  'Massa memblokade jalan menuju kantor KPU menuntut rekapitulasi ulang',
  'Sentra Gakkumdu menerima laporan dugaan pidana pemilihan',
  'Intimidasi terhadap saksi paslon {n} saat penghitungan suara',
  'Pemilih tidak terdaftar dalam DPT mendatangi PPS',
  'Aparat mengamankan senjata tajam di sekitar lokasi kampanye',
];

const HOW = [
  'Sekitar pukul {h}.{mm} WIB kurang lebih {k} orang berkumpul di {place}.',
  'Menurut keterangan warga bernama {p}, kejadian bermula dari saling ejek di media sosial.',
  'Aparat Polsek {place} tiba tidak lama kemudian dan melerai kedua kelompok.',
  'Panwascam {place} mencatat kejadian dan meminta keterangan saksi.',
  'Tim sukses yang dikenal sebagai {p} membagikan bingkisan sembako kepada warga.',
  'Kendaraan pengangkut logistik tertahan selama {k} jam di jalur {place}.',
  'Pesan berantai itu diteruskan ke sedikitnya {k} grup dalam satu malam.',
  'Situasi kembali kondusif setelah tokoh masyarakat {p} menenangkan massa.',
  'Bawaslu setempat menindaklanjuti dengan klarifikasi kepada pihak terkait.',
  'Tidak ada korban jiwa, namun {k} orang mengalami luka ringan.',
];

const SOURCES = [
  'FKDM {place}',
  'Polres {place}',
  'Kodim {place}',
  'Panwascam {place}',
  'Tokoh masyarakat',
  'Media daring',
];
const SYLLABLES = ['su', 'har', 'to', 'wi', 'ja', 'ya', 'di', 'ni', 'ri', 'an', 'bu', 'di', 'man', 'ra', 'sa', 'ti'];

/** A small deterministic generator (mulberry32): the same reports every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What the generator needs: kab/kota codes and place names to write about. */
export interface GeneratorInput {
  kabkota: readonly string[];
  places: readonly string[];
  /** The last date reports are spread to; they start two years earlier. */
  until: string;
  /** Kab/kota that get three times their usual reports in the last week (so alerts have something to find). */
  spikes: readonly string[];
}

/** `count` generated reports, oldest first. */
export function generateReports(count: number, input: GeneratorInput): ReportRecord[] {
  const next = random(20241127);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const person = () => {
    const name = Array.from({ length: 2 + Math.floor(next() * 2) }, () => pick(SYLLABLES)).join('');
    return name[0]!.toUpperCase() + name.slice(1);
  };
  const fill = (template: string) =>
    template
      .replace(/\{n\}/g, () => String(1 + Math.floor(next() * 5)).padStart(2, '0'))
      .replace(/\{m\}/g, () => String(1 + Math.floor(next() * 5)).padStart(2, '0'))
      .replace(/\{h\}/g, () => String(Math.floor(next() * 24)).padStart(2, '0'))
      .replace(/\{mm\}/g, () => String(Math.floor(next() * 60)).padStart(2, '0'))
      .replace(/\{k\}/g, () => String(2 + Math.floor(next() * 300)))
      .replace(/\{p\}/g, person)
      .replace(/\{place\}/g, () => pick(input.places));
  const days = 730;
  const spikeFrom = addDays(input.until, -6);
  const records: ReportRecord[] = [];
  for (let i = 0; i < count; i++) {
    const spiking = i % 50 === 0;
    const tanggal = spiking
      ? addDays(spikeFrom, Math.floor(next() * 7))
      : addDays(input.until, -Math.floor(next() * days));
    const kode = spiking ? pick(input.spikes) : pick(input.kabkota);
    records.push({
      tanggal,
      presisi: 'hari',
      waktu: null,
      kode,
      lokasi: `Desa ${pick(input.places)}`,
      jenis: pick(ATHG_TYPES),
      aspek: pick(ASPECTS),
      kategoriId: pick(CATEGORIES),
      kategoriAsli: null,
      keparahan: 1 + Math.floor(next() * 5),
      tahapanId: null,
      tahapanManual: false,
      uraian: fill(pick(WHAT)),
      aktor: `${person()}, ${person()}`,
      bagaimana: Array.from({ length: 3 }, () => fill(pick(HOW))).join(' '),
      mengapa: null,
      sumber: fill(pick(SOURCES)),
      keandalan: pick(RELIABILITY_GRADES),
      kredibilitas: 1 + Math.floor(next() * 6),
      analisis: null,
      prediksi: null,
      langkah: null,
      rekomendasi: null,
      status: 'baru',
      pencatat: 'Generator tolok ukur',
      batchId: null,
      sourceRow: null,
      originFile: null,
      originRow: null,
    });
  }
  return records.sort((a, b) => (a.tanggal! < b.tanggal! ? -1 : a.tanggal! > b.tanggal! ? 1 : 0));
}
