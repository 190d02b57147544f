import { useSearchParams } from 'react-router-dom';

/**
 * Page filters kept in the address (so Back, reload and links keep them): read a value, a numeric id,
 * or set one (an empty value removes it). `replaceHistory` for values that change per keystroke.
 */
export function useUrlFilters({ replaceHistory = false } = {}) {
  const [params, setParams] = useSearchParams();
  return {
    params,
    get: (key: string) => params.get(key) || undefined,
    id: (key: string) => Number(params.get(key)) || undefined,
    set: (key: string, value: string | number | null | undefined) => {
      const next = new URLSearchParams(params);
      if (value) next.set(key, String(value));
      else next.delete(key);
      setParams(next, { replace: replaceHistory });
    },
  };
}
