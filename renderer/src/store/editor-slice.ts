import type { StateCreator } from 'zustand';
import type { LayerDetail } from '../../../shared/api/layer-detail';
import type { RegionValue } from '../../../shared/api/types';
import type { CompositeDefinition } from '../../../shared/composite/composite';
import type { CompositeTrace } from '../../../shared/composite/compute';
import type { WaspadaState } from './store';

/** The layer an editor dialog (classes, properties, composite) works on, as read when it opened. */
export interface EditorTarget {
  detail: LayerDetail | null;
  values: RegionValue[];
  /** A composite's definition when editing one; null for a new composite. */
  composite: CompositeDefinition | null;
}

/** What the editor dialogs and the composite trace show. */
export interface EditorSlice {
  editorTarget: EditorTarget | null;
  /** Layers with their value columns, offered as composite inputs. */
  compositeInputs: LayerDetail[];
  trace: { layerId: string; trace: CompositeTrace } | null;
  editorTargetLoaded(target: EditorTarget | null): void;
  compositeInputsLoaded(inputs: LayerDetail[]): void;
  traceLoaded(trace: { layerId: string; trace: CompositeTrace } | null): void;
}

export const createEditorSlice: StateCreator<WaspadaState, [], [], EditorSlice> = (set) => ({
  editorTarget: null,
  compositeInputs: [],
  trace: null,
  editorTargetLoaded: (editorTarget) => set({ editorTarget }),
  compositeInputsLoaded: (compositeInputs) => set({ compositeInputs }),
  traceLoaded: (trace) => set({ trace }),
});
