<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Casebinder::ChronologyModel</name>
    <message>
        <source>Disputed</source>
        <translation>Contesté</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Prétentions</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>Casebinder::ClaimTreeModel</name>
    <message>
        <source>Claim / element</source>
        <translation>Prétention / élément</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Établit</translation>
    </message>
    <message>
        <source>Undermines</source>
        <translation>Contredit</translation>
    </message>
</context>
<context>
    <name>Casebinder::DocumentsModel</name>
    <message>
        <source>Privileged</source>
        <translation>Confidentiel – secret professionnel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Docket</source>
        <translation>N° au rôle</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>Casebinder::EntitiesModel</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>Casebinder::Gui::SampleCaseOpener</name>
    <message>
        <source>Cannot open the sample case</source>
        <translation>Impossible d&apos;ouvrir le dossier d&apos;exemple</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Preparing the sample case…</source>
        <translation>Préparation du dossier d&apos;exemple…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sample Case</source>
        <translation>Dossier d&apos;exemple</translation>
    </message>
    <message>
        <source>Cannot build the sample case</source>
        <translation>Impossible de construire le dossier d&apos;exemple</translation>
    </message>
    <message>
        <source>Open &amp;Sample Case</source>
        <translation>Ouvrir le dossier d&apos;&amp;exemple</translation>
    </message>
    <message>
        <source>Open a worked example: Parler LLC v. Amazon Web Services</source>
        <translation>Ouvrir un dossier d&apos;exemple complet : Parler LLC c. Amazon Web Services</translation>
    </message>
</context>
<context>
    <name>Casebinder::LinkListModel</name>
    <message>
        <source>Cite</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Quote verified</source>
        <translation>Citation vérifiée</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Casebinder::PostsModel</name>
    <message>
        <source>The filter was replaced.</source>
        <translation>Le filtre a été remplacé.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publiée le</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Flagged by</source>
        <translation>Signalée par</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Signalée le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Post ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>Casebinder::SearchResultsModel</name>
    <message>
        <source>Cite</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>Casebinder::TagsModel</name>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisée</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::CaseNavigator</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
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
    <message>
        <source>Claims and their proof</source>
        <translation>Les prétentions et leurs preuves</translation>
    </message>
    <message>
        <source>every element supported</source>
        <translation>chaque élément est établi</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) without solid support</source>
        <translation>
            <numerusform>%n élément sans preuve solide</numerusform>
            <numerusform>%n éléments sans preuve solide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &lt;b&gt;Claims&lt;/b&gt; in the case navigator for the evidence and the proof matrix.</source>
        <translation>Ouvrez &lt;b&gt;Prétentions&lt;/b&gt; dans le navigateur du dossier pour voir les preuves et la matrice de preuve.</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::ChronologyView</name>
    <message>
        <source>Disputed</source>
        <translation>Contesté</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Fit every event on the strip (0)</source>
        <translation>Afficher tous les événements sur la frise (0)</translation>
    </message>
    <message>
        <source>Busiest Period</source>
        <translation>Période la plus chargée</translation>
    </message>
    <message>
        <source>Show the shortest period holding two thirds of the events</source>
        <translation>Afficher la plus courte période qui contient les deux tiers des événements</translation>
    </message>
    <message>
        <source>Colour by </source>
        <translation>Couleur selon </translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Prétention</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Wheel to zoom, drag to pan, double-click to open the source</source>
        <translation>Molette : zoom · glisser : défiler · double-clic : ouvrir la source</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>Source %1</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>&amp;Link Event to Claim…</source>
        <translation>&amp;Lier l&apos;événement à une prétention…</translation>
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
        <translation>&lt;b&gt;Preuves&lt;/b&gt; de l&apos;élément sélectionné — déposez une sélection ou une publication sur un élément pour l&apos;y lier</translation>
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
        <translation>Impossible d&apos;ajouter la prétention</translation>
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
    <name>Casebinder::Views::DocumentViewer</name>
    <message>
        <source>Thumbnails</source>
        <translation>Miniatures</translation>
    </message>
    <message>
        <source>Show page thumbnails</source>
        <translation>Afficher les miniatures des pages</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Prev</source>
        <translation>Préc.</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Page actuelle</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suiv.</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <source>Fit Page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find in document (%1)</source>
        <translation>Rechercher dans le document (%1)</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Rechercher dans le document</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>Aucun document n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>No case is open to read the document from.</source>
        <translation>Aucun dossier n&apos;est ouvert pour y lire le document.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>This document cannot be shown.
%1</source>
        <translation>Ce document ne peut pas être affiché.
%1</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>The image “%1” could not be decoded.</source>
        <translation>L&apos;image « %1 » n&apos;a pas pu être décodée.</translation>
    </message>
    <message>
        <source>— Page %1 —</source>
        <translation>— Page %1 —</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>%1 of %2%3</source>
        <translation>%1 sur %2%3</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Link Selection to Claim…</source>
        <translation>&amp;Lier la sélection à une prétention…</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::ErrorMessage</name>
    <message>
        <source>The operation could not be completed.</source>
        <translation>L&apos;opération n&apos;a pas pu aboutir.</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::ExportDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Enregistrer sous :</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Cite documents marked privileged</source>
        <translation>Citer les documents marqués confidentiels – secret professionnel</translation>
    </message>
    <message>
        <source>Privileged documents are left out of exports unless you include them here.</source>
        <translation>Les documents confidentiels (secret professionnel) sont exclus des exports, sauf si vous les incluez ici.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier :</translation>
    </message>
    <message>
        <source>Default title</source>
        <translation>Titre par défaut</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>“Privileged &amp;&amp; Confidential” banner on every page</source>
        <translation>Bandeau « Confidentiel – secret professionnel » sur chaque page</translation>
    </message>
    <message>
        <source>Each page is marked “Privileged &amp; Confidential — Attorney Work Product”.</source>
        <translation>Chaque page porte la mention « Confidentiel – secret professionnel — travail de l&apos;avocat ».</translation>
    </message>
    <message>
        <source>PDF/A-1b for long-term archiving</source>
        <translation>PDF/A-1b pour l&apos;archivage à long terme</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Choisissez où enregistrer l&apos;export.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Nothing matched the options; the file says so.</source>
        <translation>Rien ne correspond aux options ; le fichier l&apos;indique.</translation>
    </message>
    <message>
        <source>Saved %1 with its custody manifest.</source>
        <translation>%1 enregistré avec son registre de conservation.</translation>
    </message>
    <message numerus="yes">
        <source>%n privileged item(s) left out.</source>
        <translation>
            <numerusform>%n élément confidentiel (secret professionnel) exclu.</numerusform>
            <numerusform>%n éléments confidentiels (secret professionnel) exclus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export stopped; nothing was saved.</source>
        <translation>Export arrêté ; rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::ExportExhibitsDialog</name>
    <message>
        <source>Export Exhibit List</source>
        <translation>Exporter la liste des pièces</translation>
    </message>
    <message>
        <source>Exhibit List.pdf</source>
        <translation>Liste des pièces.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;CSV spreadsheets (*.csv)</source>
        <translation>Documents PDF (*.pdf);;Tableaux CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::ExportMatrixDialog</name>
    <message>
        <source>Export Claim Chart</source>
        <translation>Exporter le tableau des prétentions</translation>
    </message>
    <message>
        <source>Claim Chart.pdf</source>
        <translation>Tableau des prétentions.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>All claims</source>
        <translation>Toutes les prétentions</translation>
    </message>
    <message>
        <source>Claim:</source>
        <translation>Prétention :</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::ExportTimelineDialog</name>
    <message>
        <source>Export Timeline</source>
        <translation>Exporter la chronologie</translation>
    </message>
    <message>
        <source>Chronology.pdf</source>
        <translation>Chronologie.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Au :</translation>
    </message>
    <message>
        <source>All claims</source>
        <translation>Toutes les prétentions</translation>
    </message>
    <message>
        <source>Claim:</source>
        <translation>Prétention :</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Étiquette :</translation>
    </message>
    <message>
        <source>Leave out disputed events</source>
        <translation>Exclure les événements contestés</translation>
    </message>
    <message>
        <source>Preparing preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>No room for a preview file.</source>
        <translation>Pas de place pour le fichier d&apos;aperçu.</translation>
    </message>
</context>
<context>
    <name>Casebinder::ImportKinds</name>
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
        <translation>Nom de l&apos;auteur</translation>
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
        <translation>si le fichier n&apos;a pas de colonne plateforme</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plateforme :</translation>
    </message>
    <message>
        <source>used when the file has no category column</source>
        <translation>si le fichier n&apos;a pas de colonne catégorie</translation>
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
        <translation>Lecture d&apos;un aperçu…</translation>
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
        <translation>
            <numerusform>%1 · %2 · aperçu de la première publication</numerusform>
            <numerusform>%1 · %2 · aperçu des %n premières publications</numerusform>
        </translation>
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
        <translation>%1 pages et %2 publications lues jusqu&apos;ici</translation>
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
        <translation>
            <numerusform>%n publication</numerusform>
            <numerusform>%n publications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was added to the case.</source>
        <translation>L&apos;import a été annulé. Rien n&apos;a été ajouté au dossier.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
    <message>
        <source>Password Required</source>
        <translation>Mot de passe requis</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are encrypted: %1
Password:</source>
        <translation>
            <numerusform>%n fichier est chiffré : %1
Mot de passe :</numerusform>
            <numerusform>%n fichiers sont chiffrés : %1
Mot de passe :</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Indexing %1 posts for search…</source>
        <translation>Indexation de %1 publications pour la recherche…</translation>
    </message>
    <message>
        <source>Saving the case: %1 pages and %2 posts</source>
        <translation>Enregistrement du dossier : %1 pages et %2 publications</translation>
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
        <translation>Aucune preuve liée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Notes are saved when you leave the field.</source>
        <translation>Les notes sont enregistrées quand vous quittez le champ.</translation>
    </message>
    <message>
        <source>Privileged (left out of exports)</source>
        <translation>Confidentiel – secret professionnel (exclu des exports)</translation>
    </message>
    <message>
        <source>Cannot change the document</source>
        <translation>Impossible de modifier le document</translation>
    </message>
    <message>
        <source>Cannot save the notes</source>
        <translation>Impossible d&apos;enregistrer les notes</translation>
    </message>
    <message>
        <source>Select a document, a post, a claim or an event to see it here.</source>
        <translation>Sélectionnez un document, une publication, une prétention ou un événement pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Disputed:</source>
        <translation>Contesté :</translation>
    </message>
    <message>
        <source>Yes — the parties disagree about this event</source>
        <translation>Oui — les parties sont en désaccord sur cet événement</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Prétentions :</translation>
    </message>
    <message>
        <source>Entities:</source>
        <translation>Personnes et organisations :</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Double-click to open this source</source>
        <translation>Double-cliquez pour ouvrir cette source</translation>
    </message>
    <message>
        <source>No sources cited.</source>
        <translation>Aucune source citée.</translation>
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
        <translation>Vue d&apos;ensemble</translation>
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
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage.</translation>
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
        <translation>Impossible d&apos;ouvrir le dossier</translation>
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
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n publication</numerusform>
            <numerusform>%n publications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence link(s)</source>
        <translation>
            <numerusform>%n lien de preuve</numerusform>
            <numerusform>%n liens de preuve</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open document</source>
        <translation>Impossible d&apos;ouvrir le document</translation>
    </message>
    <message>
        <source>Cannot show document</source>
        <translation>Impossible d&apos;afficher le document</translation>
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
    <name>Casebinder::Views::PageView</name>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::PdfBackend</name>
    <message>
        <source>The PDF is password-protected and cannot be shown.</source>
        <translation>Le PDF est protégé par un mot de passe et ne peut pas être affiché.</translation>
    </message>
    <message>
        <source>The PDF could not be read; the file may be damaged.</source>
        <translation>Le PDF n&apos;a pas pu être lu ; le fichier est peut-être endommagé.</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::PostDetail</name>
    <message>
        <source>Removed</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Still up</source>
        <translation>Toujours en ligne</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>No post selected</source>
        <translation>Aucune publication sélectionnée</translation>
    </message>
    <message>
        <source>Unknown author</source>
        <translation>Auteur inconnu</translation>
    </message>
    <message>
        <source>post %1</source>
        <translation>publication %1</translation>
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
        <source>External id:</source>
        <translation>Identifiant externe :</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL :</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::PostsView</name>
    <message>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <source>Words in the post</source>
        <translation>Mots de la publication</translation>
    </message>
    <message>
        <source>Posts containing all these words (the last one may be the start of a word)</source>
        <translation>Publications contenant tous ces mots (le dernier peut être le début d&apos;un mot)</translation>
    </message>
    <message>
        <source>Posts flagged in this category</source>
        <translation>Publications signalées dans cette catégorie</translation>
    </message>
    <message>
        <source>Author or @handle</source>
        <translation>Auteur ou @pseudo</translation>
    </message>
    <message>
        <source>Posted on or after</source>
        <translation>Publiée le ou après le</translation>
    </message>
    <message>
        <source>Posted on or before</source>
        <translation>Publiée le ou avant le</translation>
    </message>
    <message>
        <source>Posts with this tag or a tag beneath it</source>
        <translation>Publications portant cette étiquette ou une étiquette subordonnée</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>%1 posts</source>
        <translation>%1 publications</translation>
    </message>
    <message>
        <source>Filtering the posts…</source>
        <translation>Filtrage des publications…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <source>Any flag category</source>
        <translation>Toute catégorie signalée</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Filtrage…</translation>
    </message>
    <message>
        <source>%1 matching</source>
        <translation>%1 correspondantes</translation>
    </message>
    <message>
        <source>Select at most %1 posts to tag at once; narrow the filter first.</source>
        <translation>Sélectionnez au plus %1 publications à étiqueter à la fois ; affinez d&apos;abord le filtre.</translation>
    </message>
    <message>
        <source>No posts are selected.</source>
        <translation>Aucune publication n&apos;est sélectionnée.</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Rétablir les colonnes</translation>
    </message>
    <message>
        <source>&amp;Link Post to Claim…</source>
        <translation>&amp;Lier la publication à une prétention…</translation>
    </message>
    <message>
        <source>&amp;Review Selected Posts</source>
        <translation>&amp;Revoir les publications sélectionnées</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Tag %n Post(s)</source>
        <translation>
            <numerusform>É&amp;tiqueter %n publication</numerusform>
            <numerusform>É&amp;tiqueter %n publications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove Tag from %n Post(s)</source>
        <translation>
            <numerusform>&amp;Retirer l&apos;étiquette de %n publication</numerusform>
            <numerusform>&amp;Retirer l&apos;étiquette de %n publications</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot tag the posts</source>
        <translation>Impossible d&apos;étiqueter les publications</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::ReviewView</name>
    <message>
        <source>&amp;Privileged  (P)</source>
        <translation>&amp;Confidentiel – secret professionnel  (P)</translation>
    </message>
    <message>
        <source>Next item after tagging</source>
        <translation>Élément suivant après l&apos;étiquetage</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>Rien à revoir.</translation>
    </message>
    <message>
        <source>◀ Previous  (K)</source>
        <translation>◀ Précédent  (K)</translation>
    </message>
    <message>
        <source>Next  (J) ▶</source>
        <translation>Suivant  (J) ▶</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Hotkeys…</source>
        <translation>Raccourcis…</translation>
    </message>
    <message>
        <source>Choose the key that applies each tag</source>
        <translation>Choisir la touche qui applique chaque étiquette</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Saved when you move on (or Ctrl+Return)</source>
        <translation>Enregistrée quand vous passez à la suite (ou Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>0 of 0</source>
        <translation>0 sur 0</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>That was the last one.</source>
        <translation>C&apos;était le dernier.</translation>
    </message>
    <message>
        <source>Document %1 is no longer in the case.</source>
        <translation>Le document %1 ne fait plus partie du dossier.</translation>
    </message>
    <message>
        <source>Post %1 is no longer in the case.</source>
        <translation>La publication %1 ne fait plus partie du dossier.</translation>
    </message>
    <message>
        <source>There is nothing to tag.</source>
        <translation>Il n&apos;y a rien à étiqueter.</translation>
    </message>
    <message>
        <source>Only documents can be marked privileged.</source>
        <translation>Seuls les documents peuvent être marqués confidentiels – secret professionnel.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Note enregistrée.</translation>
    </message>
    <message>
        <source>Tag Hotkeys</source>
        <translation>Raccourcis des étiquettes</translation>
    </message>
    <message>
        <source>One letter or digit per tag. J, K and P are taken by review mode.</source>
        <translation>Une lettre ou un chiffre par étiquette. J, K et P sont réservés au mode revue.</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::SearchPanel</name>
    <message>
        <source>Search the case (words, &quot;phrases&quot;, prefix*, OR, NOT)</source>
        <translation>Rechercher dans le dossier (mots, &quot;expressions&quot;, préfixe*, OR, NOT)</translation>
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
        <source>Auto order</source>
        <translation>Ordre automatique</translation>
    </message>
    <message>
        <source>Best first</source>
        <translation>Les plus pertinents d&apos;abord</translation>
    </message>
    <message>
        <source>Case order</source>
        <translation>Ordre du dossier</translation>
    </message>
    <message>
        <source>Auto order: best first when there are few hits, else in case order</source>
        <translation>Ordre automatique : les plus pertinents d&apos;abord s&apos;il y a peu de résultats, sinon dans l&apos;ordre du dossier</translation>
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
        <translation>, les plus pertinents d&apos;abord</translation>
    </message>
    <message>
        <source>, in case order</source>
        <translation>, dans l&apos;ordre du dossier</translation>
    </message>
    <message>
        <source>Ranked among the %1 most recently added matches of %2 — add words or a filter to rank all.</source>
        <translation>Classés parmi les %1 résultats ajoutés le plus récemment sur %2 — ajoutez des mots ou un filtre pour tout classer.</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::ThumbnailBar</name>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::TimelineWidget</name>
    <message>
        <source>No events in the chronology.</source>
        <translation>Aucun événement dans la chronologie.</translation>
    </message>
    <message numerus="yes">
        <source>◀ %n earlier</source>
        <translation>
            <numerusform>◀ %n antérieur</numerusform>
            <numerusform>◀ %n antérieurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later ▶</source>
        <translation>
            <numerusform>%n postérieur ▶</numerusform>
            <numerusform>%n postérieurs ▶</numerusform>
        </translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contesté</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disputed</source>
        <translation>
            <numerusform>%n contesté</numerusform>
            <numerusform>%n contestés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The preview could not be rendered.</source>
        <translation>L&apos;aperçu n&apos;a pas pu être produit.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Casebinder: an evidence organizer for litigation.</source>
        <translation>Casebinder : l&apos;organiseur de preuves pour le contentieux.</translation>
    </message>
    <message>
        <source>The case file to open.</source>
        <translation>Le dossier à ouvrir.</translation>
    </message>
</context>
</TS>
