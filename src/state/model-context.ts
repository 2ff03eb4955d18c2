import { createContext, useContext } from 'react';
import type { Model } from '../domain/model';

export const ModelContext = createContext<Model | null>(null);

export function useModel(): Model {
  const model = useContext(ModelContext);
  if (!model) throw new Error('useModel must be used inside <ModelContext.Provider>');
  return model;
}
