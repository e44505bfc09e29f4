import classes from './skip-link.module.css';

/** First focusable element of every page (RGAA 12.7). */
export function SkipLink() {
  return (
    <a href="#contenu" className={classes.skipLink}>
      Aller au contenu
    </a>
  );
}
