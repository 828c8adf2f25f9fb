<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Casebinder::Gui::SampleCaseOpener</name>
    <message>
        <source>Cannot open the sample case</source>
        <translation>Impossible d'ouvrir le dossier d'exemple</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Preparing the sample case…</source>
        <translation>Préparation du dossier d'exemple…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sample Case</source>
        <translation>Dossier d'exemple</translation>
    </message>
    <message>
        <source>Cannot build the sample case</source>
        <translation>Impossible de construire le dossier d'exemple</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::CaseNavigator</name>
    <message>
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <source>Filings</source>
        <translation>Actes de procédure</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Prétentions</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Personnes et organisations</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::CaseOverview</name>
    <message>
        <source>In this case</source>
        <translation>Dans ce dossier</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Claims and elements</source>
        <translation>Prétentions et éléments</translation>
    </message>
    <message>
        <source>Evidence links</source>
        <translation>Liens de preuve</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation>Personnes et organisations</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>Dossier sans titre</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>N° %1</translation>
    </message>
    <message>
        <source>Judge: %1</source>
        <translation>Juge : %1</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Aucun dossier ouvert</translation>
    </message>
    <message>
        <source>Create a case with File → New Case, or open one with File → Open Case.</source>
        <translation>Créez un dossier avec Fichier → Nouveau dossier, ou ouvrez-en un avec Fichier → Ouvrir un dossier.</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::ClaimsBoard</name>
    <message>
        <source>Supports</source>
        <translation>Établit</translation>
    </message>
    <message>
        <source>Undermines</source>
        <translation>Contredit</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt; for the selected element — drop a selection or a post on an element to link it</source>
        <translation>&lt;b&gt;Preuves&lt;/b&gt; de l'élément sélectionné — déposez une sélection ou une publication sur un élément pour l'y lier</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>&lt;b&gt;Proof matrix&lt;/b&gt; — elements without solid support are red</source>
        <translation>&lt;b&gt;Matrice de preuve&lt;/b&gt; — les éléments sans preuve solide sont en rouge</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Prétention</translation>
    </message>
    <message>
        <source>Element or factor</source>
        <translation>Élément ou critère</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lacune</translation>
    </message>
    <message>
        <source>Add Claim from Template</source>
        <translation>Ajouter une prétention type</translation>
    </message>
    <message>
        <source>Add Claim</source>
        <translation>Ajouter une prétention</translation>
    </message>
    <message>
        <source>Add Element</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Cannot add the claim</source>
        <translation>Impossible d'ajouter la prétention</translation>
    </message>
    <message>
        <source>New element</source>
        <translation>Nouvel élément</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>Nouvelle prétention</translation>
    </message>
    <message>
        <source>Cannot add to the claims</source>
        <translation>Impossible de compléter les prétentions</translation>
    </message>
    <message>
        <source>Cannot delete from the claims</source>
        <translation>Impossible de supprimer de la prétention</translation>
    </message>
    <message>
        <source>Cannot link the evidence</source>
        <translation>Impossible de lier la preuve</translation>
    </message>
    <message>
        <source>The quote was found on the cited pages.</source>
        <translation>La citation figure sur les pages citées.</translation>
    </message>
    <message>
        <source>The quote was not found on the cited pages.</source>
        <translation>La citation ne figure pas sur les pages citées.</translation>
    </message>
    <message>
        <source>(disputed event)</source>
        <translation>(événement contesté)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Cannot change the link</source>
        <translation>Impossible de modifier le lien</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>Retirer le lien</translation>
    </message>
    <message>
        <source>Cannot remove the link</source>
        <translation>Impossible de retirer le lien</translation>
    </message>
    <message>
        <source>%1 — %2 (weight %3)</source>
        <translation>%1 — %2 (poids %3)</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::ErrorMessage</name>
    <message>
        <source>The operation could not be completed.</source>
        <translation>L'opération n'a pas pu aboutir.</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::ImportDialog</name>
    <message>
        <source>Post id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Author handle</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Author name</source>
        <translation>Nom de l'auteur</translation>
    </message>
    <message>
        <source>Posted at</source>
        <translation>Publiée le</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Flag category</source>
        <translation>Catégorie signalée</translation>
    </message>
    <message>
        <source>Flagged by</source>
        <translation>Signalée par</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Signalée le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Import into Case</source>
        <translation>Importer dans le dossier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Enter &amp;Password…</source>
        <translation>Saisir le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>Files to import:</source>
        <translation>Fichiers à importer :</translation>
    </message>
    <message>
        <source>Decide from each file</source>
        <translation>Selon chaque fichier</translation>
    </message>
    <message>
        <source>Court filings</source>
        <translation>Actes de procédure</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Flagged posts</source>
        <translation>Publications signalées</translation>
    </message>
    <message>
        <source>Import as:</source>
        <translation>Importer comme :</translation>
    </message>
    <message>
        <source>e.g. PX- (exhibits are numbered after this)</source>
        <translation>p. ex. PX- (les pièces sont numérotées à la suite)</translation>
    </message>
    <message>
        <source>Exhibit label prefix:</source>
        <translation>Préfixe des pièces :</translation>
    </message>
    <message>
        <source>Posts in %1</source>
        <translation>Publications de %1</translation>
    </message>
    <message>
        <source>used when the file has no platform column</source>
        <translation>si le fichier n'a pas de colonne plateforme</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plateforme :</translation>
    </message>
    <message>
        <source>used when the file has no category column</source>
        <translation>si le fichier n'a pas de colonne catégorie</translation>
    </message>
    <message>
        <source>Flag category:</source>
        <translation>Catégorie signalée :</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Reading a preview…</source>
        <translation>Lecture d'un aperçu…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · showing the first %n post(s)</source>
        <translation><numerusform>%1 · %2 · aperçu de la première publication</numerusform><numerusform>%1 · %2 · aperçu des %n premières publications</numerusform></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>NDJSON</source>
        <translation>NDJSON</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>File %1 of %2: %3</source>
        <translation>Fichier %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>%1 pages and %2 posts read so far</source>
        <translation>%1 pages et %2 publications lues jusqu'ici</translation>
    </message>
    <message>
        <source>Imported %1, duplicates %2, refused %3. %4 pages, %5 posts.</source>
        <translation>Importés %1, doublons %2, refusés %3. %4 pages, %5 publications.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Needs password</source>
        <translation>Mot de passe requis</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation><numerusform>%n publication</numerusform><numerusform>%n publications</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was added to the case.</source>
        <translation>L'import a été annulé. Rien n'a été ajouté au dossier.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n'a été importé : %1</translation>
    </message>
    <message>
        <source>Password Required</source>
        <translation>Mot de passe requis</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are encrypted: %1
Password:</source>
        <translation><numerusform>%n fichier est chiffré : %1
Mot de passe :</numerusform><numerusform>%n fichiers sont chiffrés : %1
Mot de passe :</numerusform></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::Inspector</name>
    <message>
        <source>Filing</source>
        <translation>Acte de procédure</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Autre document</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>établit</translation>
    </message>
    <message>
        <source>undermines</source>
        <translation>contredit</translation>
    </message>
    <message>
        <source>context</source>
        <translation>contexte</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Evidence links</source>
        <translation>Liens de preuve</translation>
    </message>
    <message>
        <source>Select a document, a post or a claim to see it here.</source>
        <translation>Sélectionnez un document, une publication ou une prétention pour l'afficher ici.</translation>
    </message>
    <message>
        <source>&lt;i&gt;No tags&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aucune étiquette&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Docket entry:</source>
        <translation>Entrée au registre :</translation>
    </message>
    <message>
        <source>Exhibit:</source>
        <translation>Pièce :</translation>
    </message>
    <message>
        <source>Filed:</source>
        <translation>Déposé le :</translation>
    </message>
    <message>
        <source>Dated:</source>
        <translation>Daté du :</translation>
    </message>
    <message>
        <source>Bates:</source>
        <translation>Bates :</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Pages :</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256 :</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Auteur :</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plateforme :</translation>
    </message>
    <message>
        <source>Post id:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <source>Posted:</source>
        <translation>Publiée le :</translation>
    </message>
    <message>
        <source>Flag category:</source>
        <translation>Catégorie signalée :</translation>
    </message>
    <message>
        <source>Flagged by:</source>
        <translation>Signalée par :</translation>
    </message>
    <message>
        <source>Reported on:</source>
        <translation>Signalée le :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL :</translation>
    </message>
    <message>
        <source>Asserted by:</source>
        <translation>Invoquée par :</translation>
    </message>
    <message>
        <source>Standard:</source>
        <translation>Critère juridique :</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>No evidence linked yet.</source>
        <translation>Aucune preuve liée pour l'instant.</translation>
    </message>
    <message>
        <source>Notes are saved when you leave the field.</source>
        <translation>Les notes sont enregistrées quand vous quittez le champ.</translation>
    </message>
    <message>
        <source>Privileged (left out of exports)</source>
        <translation>Confidentiel (exclu des exports)</translation>
    </message>
    <message>
        <source>Cannot change the document</source>
        <translation>Impossible de modifier le document</translation>
    </message>
    <message>
        <source>Cannot save the notes</source>
        <translation>Impossible d'enregistrer les notes</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::LinkDialog</name>
    <message>
        <source>Link to Claim Element</source>
        <translation>Lier à un élément de prétention</translation>
    </message>
    <message>
        <source>Page %1 of the document</source>
        <translation>Page %1 du document</translation>
    </message>
    <message>
        <source>Post %1</source>
        <translation>Publication %1</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Événement %1</translation>
    </message>
    <message>
        <source>Is evidence for:</source>
        <translation>Est une preuve de :</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Établit</translation>
    </message>
    <message>
        <source>Undermines</source>
        <translation>Contredit</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Stance:</source>
        <translation>Portée :</translation>
    </message>
    <message>
        <source>1 is weak, 5 is strong</source>
        <translation>1 faible, 5 forte</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>Poids :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
    <message>
        <source>Cannot link the evidence</source>
        <translation>Impossible de lier la preuve</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::MainWindow</name>
    <message>
        <source>Casebinder</source>
        <translation>Casebinder</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&lt;opened case&gt;</source>
        <translation>&lt;dossier ouvert&gt;</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>&amp;Open Case…</source>
        <translation>&amp;Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Dossiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Close Case</source>
        <translation>&amp;Fermer le dossier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Search Case…</source>
        <translation>Rec&amp;hercher dans le dossier…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>&amp;Historique des modifications</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>La nouvelle langue s'appliquera au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Casebinder</source>
        <translation>À &amp;propos de Casebinder</translation>
    </message>
    <message>
        <source>About Casebinder</source>
        <translation>À propos de Casebinder</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Casebinder %1&lt;/h3&gt;&lt;p&gt;Keeps one case in one file and shows which evidence proves each part of each claim.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Casebinder %1&lt;/h3&gt;&lt;p&gt;Garde un dossier dans un seul fichier et montre quelles preuves établissent chaque élément de chaque prétention.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot open case</source>
        <translation>Impossible d'ouvrir le dossier</translation>
    </message>
    <message>
        <source>New Case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Casebinder cases (*.casebinder)</source>
        <translation>Dossiers Casebinder (*.casebinder)</translation>
    </message>
    <message>
        <source>Case title:</source>
        <translation>Intitulé du dossier :</translation>
    </message>
    <message>
        <source>Cannot create case</source>
        <translation>Impossible de créer le dossier</translation>
    </message>
    <message>
        <source>Open Case</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <source>Casebinder cases (*.casebinder);;All files (*)</source>
        <translation>Dossiers Casebinder (*.casebinder);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot change the case</source>
        <translation>Impossible de modifier le dossier</translation>
    </message>
    <message>
        <source>Cannot read case</source>
        <translation>Impossible de lire le dossier</translation>
    </message>
    <message>
        <source>%1 — Casebinder</source>
        <translation>%1 — Casebinder</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation><numerusform>%n document</numerusform><numerusform>%n documents</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation><numerusform>%n publication</numerusform><numerusform>%n publications</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n evidence link(s)</source>
        <translation><numerusform>%n lien de preuve</numerusform><numerusform>%n liens de preuve</numerusform></translation>
    </message>
    <message>
        <source>Cannot open document</source>
        <translation>Impossible d'ouvrir le document</translation>
    </message>
    <message>
        <source>Cannot show document</source>
        <translation>Impossible d'afficher le document</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Prétentions</translation>
    </message>
    <message>
        <source>Import into Case</source>
        <translation>Importer dans le dossier</translation>
    </message>
    <message>
        <source>Documents and posts (*.pdf *.zip *.txt *.eml *.png *.jpg *.jpeg *.tif *.tiff *.csv *.json *.ndjson *.jsonl);;All files (*)</source>
        <translation>Documents et publications (*.pdf *.zip *.txt *.eml *.png *.jpg *.jpeg *.tif *.tiff *.csv *.json *.ndjson *.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Timeline…</source>
        <translation>&amp;Chronologie…</translation>
    </message>
    <message>
        <source>&amp;Claim Chart…</source>
        <translation>Tableau des &amp;prétentions…</translation>
    </message>
    <message>
        <source>&amp;Exhibit List…</source>
        <translation>&amp;Liste des pièces…</translation>
    </message>
    <message>
        <source>&amp;Review Documents</source>
        <translation>&amp;Revue des documents</translation>
    </message>
    <message>
        <source>Cannot change the posts</source>
        <translation>Impossible de modifier les publications</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Cannot start the review</source>
        <translation>Impossible de commencer la revue</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exporté : %1</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::SearchPanel</name>
    <message>
        <source>Search the case (words, &quot;phrases&quot;, prefix*, OR, NOT)</source>
        <translation>Rechercher dans le dossier (mots, "expressions", préfixe*, OR, NOT)</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Filings</source>
        <translation>Actes de procédure</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Cite</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>More Results</source>
        <translation>Plus de résultats</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>plus de %1</translation>
    </message>
    <message>
        <source>%1 of %2 hit(s)%3</source>
        <translation>%1 résultat(s) sur %2%3</translation>
    </message>
    <message>
        <source>, best first</source>
        <translation>, les plus pertinents d'abord</translation>
    </message>
    <message>
        <source>, in case order</source>
        <translation>, dans l'ordre du dossier</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Casebinder: an evidence organizer for litigation.</source>
        <translation>Casebinder : l'organiseur de preuves pour le contentieux.</translation>
    </message>
    <message>
        <source>The case file to open.</source>
        <translation>Le dossier à ouvrir.</translation>
    </message>
    <message>
        <source>Open &amp;Sample Case</source>
        <translation>Ouvrir le dossier d'&amp;exemple</translation>
    </message>
</context>
</TS>
