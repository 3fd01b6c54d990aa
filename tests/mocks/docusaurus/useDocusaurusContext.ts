export default function useDocusaurusContext() {
  return { siteConfig: { baseUrl: '/moniteur-atelier/', title: "Moniteur d'atelier", customFields: {} }, i18n: { currentLocale: 'fr' } };
}
