// The export writers behind one door, so the handlers can load them (and ExcelJS with them, ±0,3 s) on the first
// export instead of at start-up.
export { writeAnnex } from './write-annex';
export { writeCsv } from './write-csv';
export { writeRegister } from './write-register';
export { writeTemplates } from './write-templates';
