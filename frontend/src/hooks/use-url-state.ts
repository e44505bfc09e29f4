import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';

/** How one piece of state is read from, and written to, the query string. */
export interface ParamCodec<T> {
  parse: (values: string[]) => T;
  /** No value (empty list) leaves the parameter out of the URL. */
  format: (value: T) => string[];
}

export type ParamCodecs<S> = { [K in keyof S]: ParamCodec<S[K]> };

export const textParam: ParamCodec<string> = {
  parse: (values) => values[0] ?? '',
  format: (value) => (value.trim() === '' ? [] : [value.trim()]),
};

export const listParam: ParamCodec<string[]> = {
  parse: (values) => values.filter((value) => value !== ''),
  format: (value) => value,
};

/** One of a fixed set of values; anything else in the URL reads as the fallback. */
export function oneOfParam<V extends string>(allowed: readonly V[]): ParamCodec<V | null> {
  return {
    parse: (values) => allowed.find((candidate) => candidate === values[0]) ?? null,
    format: (value) => (value === null ? [] : [value]),
  };
}

/** Several of a fixed set of values; unknown ones are dropped. */
export function someOfParam<V extends string>(allowed: readonly V[]): ParamCodec<V[]> {
  return {
    parse: (values) => allowed.filter((candidate) => values.includes(candidate)),
    format: (value) => value,
  };
}

export const numberParam: ParamCodec<number | null> = {
  parse: (values) => {
    const raw = values[0];
    if (raw === undefined || raw.trim() === '') return null;
    const value = Number(raw);
    return Number.isFinite(value) ? value : null;
  },
  format: (value) => (value === null ? [] : [String(value)]),
};

/**
 * A page: 0-based in the state (as the API counts) but numbered as shown in the URL (page 2 is
 * `page=2`); the first page, or anything that is not a page number, leaves the URL without it.
 */
export const pageParam: ParamCodec<number> = {
  parse: (values) => {
    const value = Number(values[0]);
    return Number.isInteger(value) && value > 1 ? value - 1 : 0;
  },
  format: (value) => (value > 0 ? [String(value + 1)] : []),
};

/** A boolean that only appears in the URL when it differs from its default. */
export function flagParam(defaultValue: boolean): ParamCodec<boolean> {
  return {
    parse: (values) => (values[0] === undefined ? defaultValue : values[0] === 'true'),
    format: (value) => (value === defaultValue ? [] : [String(value)]),
  };
}

/**
 * State kept in the query string, so that it is shareable and survives a
 * reload. Each key of `codecs` is one parameter (repeated for lists);
 * parameters the codecs do not know are kept as they are.
 */
export function useUrlState<S extends object>(codecs: ParamCodecs<S>) {
  const [searchParams, setSearchParams] = useSearchParams();

  const state = useMemo(() => {
    const parsed: Partial<S> = {};
    for (const key of Object.keys(codecs) as (keyof S & string)[]) {
      parsed[key] = codecs[key].parse(searchParams.getAll(key));
    }
    return parsed as S;
  }, [searchParams, codecs]);

  // The query string as last written. React Router's functional update starts from the
  // parameters of the last render, and its navigation renders in a transition: a second change
  // made before that render (a click right after choosing a department) would start from the
  // old URL and drop the first. Each change starts from the last one written instead, until
  // the router renders a location of its own (back, a link, a reload).
  const written = useRef(searchParams);
  useLayoutEffect(() => {
    written.current = searchParams;
  }, [searchParams]);

  const update = useCallback(
    (patch: Partial<S>, options: { replace?: boolean } = {}) => {
      const next = new URLSearchParams(written.current);
      for (const key of Object.keys(patch) as (keyof S & string)[]) {
        next.delete(key);
        const value = patch[key];
        if (value === undefined) continue;
        for (const item of codecs[key].format(value)) next.append(key, item);
      }
      written.current = next;
      setSearchParams(next, { replace: options.replace ?? false });
    },
    [setSearchParams, codecs],
  );

  return [state, update] as const;
}
