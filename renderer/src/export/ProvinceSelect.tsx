import { useEffect } from 'react';
import { provincesNeeded } from '../store/actions/region-actions';
import { useWaspada } from '../store/store';

/** A province picker, with "every province" (value "all") and "whole country" (value "") choices when labelled. */
export function ProvinceSelect(props: {
  value: string;
  onChange: (value: string) => void;
  label: string;
  allLabel?: string;
  nationalLabel?: string;
  /** The dialog's first step: it opens with the focus here. */
  primary?: boolean;
}) {
  const provinces = useWaspada((s) => s.provinces);
  useEffect(() => void provincesNeeded(), []);
  return (
    <label>
      {props.label}
      <select
        aria-label={props.label}
        data-autofocus={props.primary || undefined}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.nationalLabel && <option value="">{props.nationalLabel}</option>}
        {props.allLabel && <option value="all">{props.allLabel}</option>}
        {provinces.map((p) => (
          <option key={p.kode} value={p.kode}>
            {p.kode} {p.nama}
          </option>
        ))}
      </select>
    </label>
  );
}
