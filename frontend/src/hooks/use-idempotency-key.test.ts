import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useIdempotencyKey } from './use-idempotency-key';

describe('useIdempotencyKey', () => {
  it('keeps_the_key_for_a_retry_and_changes_it_for_another_request_or_after_success', () => {
    const { result } = renderHook(() => useIdempotencyKey());
    const first = result.current.keyFor({ lines: [1] });

    expect(result.current.keyFor({ lines: [1] })).toBe(first);
    const other = result.current.keyFor({ lines: [2] });
    expect(other).not.toBe(first);
    result.current.done();
    expect(result.current.keyFor({ lines: [2] })).not.toBe(other);
  });
});
