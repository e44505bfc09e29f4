// Shared with the other features that show the reference lists' names.
export { referenceQueryOptions } from '@/lib/api/reference-query';
