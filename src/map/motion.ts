/** Whether the user asked for less motion: map moves then jump instead of gliding. */
export const prefersReducedMotion = () =>
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;
