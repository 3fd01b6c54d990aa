/**
 * « Écouter » button: reads a text aloud with the browser's speech synthesis (Web
 * Speech API), in French. Hidden where the browser has no speech synthesis.
 */
import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import { plainText } from '@site/src/domain/texte/richText';
import styles from './styles.module.css';

export function ReadAloud({ text, label }: { text: string; label?: string }): ReactNode {
  const [available, setAvailable] = useState(false);
  const [speaking, setSpeaking] = useState(false);
  useEffect(() => {
    // A transition: twenty buttons of a quiz appear in short tasks, not in the one that ends hydration.
    const disponible = typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined';
    startTransition(() => setAvailable(disponible));
    return () => {
      if (typeof window !== 'undefined' && 'speechSynthesis' in window) window.speechSynthesis.cancel();
    };
  }, []);
  if (!available) return null;
  const toggle = () => {
    const synth = window.speechSynthesis;
    if (speaking) {
      synth.cancel();
      setSpeaking(false);
      return;
    }
    const utterance = new SpeechSynthesisUtterance(plainText(text));
    utterance.lang = 'fr-FR';
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    synth.cancel();
    synth.speak(utterance);
    setSpeaking(true);
  };
  const name = label ?? translate({ id: 'activite.ecouter', message: 'Écouter' });
  return (
    <button type="button" className={`button button--sm button--outline button--secondary ${styles.readAloud}`} onClick={toggle} aria-pressed={speaking}>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" className={styles.icone}>
        <path fill="currentColor" d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z" />
      </svg>
      {speaking ? translate({ id: 'activite.arreter', message: 'Arrêter la lecture' }) : name}
    </button>
  );
}
