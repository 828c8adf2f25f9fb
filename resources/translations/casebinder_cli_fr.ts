<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Casebinder::Cli</name>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Afficher le résultat en JSON, lisible par une machine.</translation>
    </message>
    <message>
        <source>Usage: casebinder-cli %1</source>
        <translation>Utilisation : casebinder-cli %1</translation>
    </message>
    <message>
        <source>Write a consistent, verified copy of the case (safe while it is open elsewhere); never overwrites a file.</source>
        <translation>Écrire une copie cohérente et vérifiée de l&apos;affaire (sans risque même si elle est ouverte ailleurs) ; n&apos;écrase jamais un fichier.</translation>
    </message>
    <message>
        <source>Copy a case consistently while it may be open in the GUI or an import, verify the copy and record it in the case&apos;s custody log.</source>
        <translation>Copier une affaire de façon cohérente, même ouverte dans l&apos;interface ou pendant un import, vérifier la copie et l&apos;inscrire au registre de la chaîne de conservation de l&apos;affaire.</translation>
    </message>
    <message>
        <source>The case file.</source>
        <translation>Le fichier de l&apos;affaire.</translation>
    </message>
    <message>
        <source>The copy to create; must not exist.</source>
        <translation>La copie à créer ; elle ne doit pas déjà exister.</translation>
    </message>
    <message>
        <source>Copied %1 to %2 (%3 bytes, SHA-256 %4); the copy verifies, and the backup is recorded in the case&apos;s custody log.</source>
        <translation>%1 copié vers %2 (%3 octets, SHA-256 %4) ; la copie est vérifiée et la sauvegarde est inscrite au registre de la chaîne de conservation de l&apos;affaire.</translation>
    </message>
    <message>
        <source>Number documents&apos; pages with Bates numbers (PREFIX000001): each page gets the next number, a document runs from its first page&apos;s to its last page&apos;s. Gaps and overlaps with numbers already used are refused. Write a document&apos;s Bates-stamped copy (number and legend on every page; the original is never changed).</source>
        <translation>Attribuer des cotes Bates (PREFIX000001) aux pages des documents : chaque page reçoit la cote suivante, un document va de la cote de sa première page à celle de sa dernière. Les trous et les chevauchements avec des cotes déjà attribuées sont refusés. Écrire la copie cotée d&apos;un document (cote et mention sur chaque page ; l&apos;original n&apos;est jamais modifié).</translation>
    </message>
    <message>
        <source>--%1 needs a number (0 or more), not “%2”.</source>
        <translation>--%1 attend un nombre (0 ou plus), pas « %2 ».</translation>
    </message>
    <message>
        <source>Assign page-level Bates numbers to documents, as one undoable step.</source>
        <translation>Attribuer des cotes Bates page par page aux documents, en une seule étape annulable.</translation>
    </message>
    <message>
        <source>The prefix before each number (e.g. PARLER).</source>
        <translation>Le préfixe placé avant chaque numéro (par ex. PARLER).</translation>
    </message>
    <message>
        <source>The first number (default 1).</source>
        <translation>Le premier numéro (1 par défaut).</translation>
    </message>
    <message>
        <source>Zero-pad numbers to this many digits (default 6).</source>
        <translation>Compléter les numéros par des zéros jusqu&apos;à ce nombre de chiffres (6 par défaut).</translation>
    </message>
    <message>
        <source>Number these documents, in this order (repeat or comma-separate). Default: every document without a Bates number, in the order they were added.</source>
        <translation>Coter ces documents, dans cet ordre (option répétée ou liste séparée par des virgules). Par défaut : tous les documents sans cote Bates, dans l&apos;ordre de leur ajout.</translation>
    </message>
    <message>
        <source>--prefix is needed (e.g. --prefix PARLER).</source>
        <translation>--prefix est obligatoire (par ex. --prefix PARLER).</translation>
    </message>
    <message>
        <source>Numbered %1 page(s) of %2 document(s): %3–%4.</source>
        <translation>%1 page(s) de %2 document(s) cotée(s) : %3–%4.</translation>
    </message>
    <message>
        <source>Write a document&apos;s Bates-stamped copy: each page carries its Bates number and the legend. The original in the case is not changed.</source>
        <translation>Écrire la copie cotée d&apos;un document : chaque page porte sa cote Bates et la mention. L&apos;original conservé dans l&apos;affaire n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>The document (numbered with bates assign).</source>
        <translation>Le document (coté avec bates assign).</translation>
    </message>
    <message>
        <source>The PDF to write; OUT.manifest.json is written beside it.</source>
        <translation>Le PDF à écrire ; OUT.manifest.json est écrit à côté.</translation>
    </message>
    <message>
        <source>Printed bottom left, e.g. CONFIDENTIAL or &quot;HIGHLY CONFIDENTIAL – ATTORNEYS&apos; EYES ONLY&quot; (none by default).</source>
        <translation>La mention imprimée en bas à gauche, par ex. CONFIDENTIAL ou « HIGHLY CONFIDENTIAL – ATTORNEYS&apos; EYES ONLY » (aucune par défaut).</translation>
    </message>
    <message>
        <source>Where the Bates number goes: bottom-right (default) or bottom-center.</source>
        <translation>L&apos;emplacement de la cote Bates : bottom-right (en bas à droite, par défaut) ou bottom-center (en bas au centre).</translation>
    </message>
    <message>
        <source>--number-position is bottom-right or bottom-center, not “%1”.</source>
        <translation>--number-position vaut bottom-right ou bottom-center, pas « %1 ».</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 page(s), %3–%4)</source>
        <translation>%1 écrit (%2 page(s), %3–%4)</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Manifest %1</source>
        <translation>Manifeste %1</translation>
    </message>
    <message>
        <source>Create a new, empty case file.</source>
        <translation>Créer un nouveau fichier d&apos;affaire, vide.</translation>
    </message>
    <message>
        <source>Print the caption and what the case holds.</source>
        <translation>Afficher l&apos;intitulé et le contenu de l&apos;affaire.</translation>
    </message>
    <message>
        <source>Check the database, re-hash every stored original and check every export manifest.</source>
        <translation>Contrôler la base de données, recalculer l&apos;empreinte de chaque original conservé et contrôler chaque manifeste d&apos;export.</translation>
    </message>
    <message>
        <source>Print the chain-of-custody log.</source>
        <translation>Afficher le registre de la chaîne de conservation.</translation>
    </message>
    <message>
        <source>Create a new case file.</source>
        <translation>Créer un nouveau fichier d&apos;affaire.</translation>
    </message>
    <message>
        <source>The case file to create (*.casebinder).</source>
        <translation>Le fichier d&apos;affaire à créer (*.casebinder).</translation>
    </message>
    <message>
        <source>The case title, e.g. &quot;Parler LLC v. Amazon Web Services&quot;.</source>
        <translation>Le titre de l&apos;affaire, par ex. « Parler LLC v. Amazon Web Services ».</translation>
    </message>
    <message>
        <source>The full case name.</source>
        <translation>L&apos;intitulé complet de l&apos;affaire.</translation>
    </message>
    <message>
        <source>The court.</source>
        <translation>La juridiction.</translation>
    </message>
    <message>
        <source>The docket (case) number.</source>
        <translation>Le numéro de rôle (numéro de l&apos;affaire).</translation>
    </message>
    <message>
        <source>The presiding judge.</source>
        <translation>Le juge saisi.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 créé</translation>
    </message>
    <message>
        <source>Print a case&apos;s caption and counts.</source>
        <translation>Afficher l&apos;intitulé d&apos;une affaire et ses totaux.</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Avertissement : </translation>
    </message>
    <message>
        <source>(untitled case)</source>
        <translation>(affaire sans titre)</translation>
    </message>
    <message>
        <source>Judge: </source>
        <translation>Juge : </translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Version du schéma : %1</translation>
    </message>
    <message>
        <source>File system: %1</source>
        <translation>Système de fichiers : %1</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal : %1</translation>
    </message>
    <message>
        <source>Check a case: SQLite integrity and the SHA-256 of every stored original.</source>
        <translation>Contrôler une affaire : intégrité SQLite et SHA-256 de chaque original conservé.</translation>
    </message>
    <message>
        <source>Also check this export manifest (OUT.manifest.json), or a production folder written by produce (missing, changed and extra files); repeatable. Manifests of exports recorded in the case are always checked.</source>
        <translation>Contrôler aussi ce manifeste d&apos;export (OUT.manifest.json), ou un dossier de production écrit par produce (fichiers manquants, modifiés ou en trop) ; option répétable. Les manifestes des exports inscrits dans l&apos;affaire sont toujours contrôlés.</translation>
    </message>
    <message>
        <source>PROBLEM: </source>
        <translation>PROBLÈME : </translation>
    </message>
    <message>
        <source>Production %1: OK — its %2 file(s) are unchanged.</source>
        <translation>Production %1 : OK — ses %2 fichier(s) sont inchangés.</translation>
    </message>
    <message>
        <source>Manifest %1: OK — the export and its %2 cited source(s) are unchanged.</source>
        <translation>Manifeste %1 : OK — l&apos;export et ses %2 source(s) citée(s) sont inchangés.</translation>
    </message>
    <message>
        <source>%1: OK — database intact, %2 originals match their SHA-256, %3 export manifest(s) verified.</source>
        <translation>%1 : OK — base de données intacte, %2 originaux conformes à leur SHA-256, %3 manifeste(s) d&apos;export vérifié(s).</translation>
    </message>
    <message>
        <source>%1: %2 problem(s) found.</source>
        <translation>%1 : %2 problème(s) détecté(s).</translation>
    </message>
    <message>
        <source>  sha256:</source>
        <translation>  sha256 :</translation>
    </message>
    <message>
        <source>Build the claims tree: claims and their elements or factors, from templates.</source>
        <translation>Construire l&apos;arbre des prétentions : les prétentions et leurs éléments constitutifs ou facteurs, à partir de modèles.</translation>
    </message>
    <message>
        <source>The title.</source>
        <translation>Le titre.</translation>
    </message>
    <message>
        <source>claim, element or factor.</source>
        <translation>claim (prétention), element (élément constitutif) ou factor (facteur).</translation>
    </message>
    <message>
        <source>What has to be shown.</source>
        <translation>Ce qui doit être démontré.</translation>
    </message>
    <message>
        <source>The party asserting it.</source>
        <translation>La partie qui l&apos;invoque.</translation>
    </message>
    <message>
        <source>The legal standard or citation.</source>
        <translation>Le critère juridique ou la référence.</translation>
    </message>
    <message>
        <source>open, established, disputed, conceded or withdrawn.</source>
        <translation>open (en cours), established (établi), disputed (contesté), conceded (concédé) ou withdrawn (abandonné).</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Notes.</translation>
    </message>
    <message>
        <source>Add a claim, or an element or factor under a claim.</source>
        <translation>Ajouter une prétention, ou un élément constitutif ou un facteur sous une prétention.</translation>
    </message>
    <message>
        <source>Add under this claim node.</source>
        <translation>Ajouter sous ce nœud de l&apos;arbre des prétentions.</translation>
    </message>
    <message>
        <source>Position among its siblings, from 0 (default: last).</source>
        <translation>Position parmi ses voisins, à partir de 0 (par défaut : en dernier).</translation>
    </message>
    <message>
        <source>--parent needs a claim id.</source>
        <translation>--parent attend un identifiant de prétention.</translation>
    </message>
    <message>
        <source>--position must be a number of at least 0.</source>
        <translation>--position doit être un nombre supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>claim add needs --title.</source>
        <translation>claim add exige --title.</translation>
    </message>
    <message>
        <source>Added %1 %2: %3</source>
        <translation>Ajouté : %1 %2 : %3</translation>
    </message>
    <message>
        <source>List the claims tree with evidence counts.</source>
        <translation>Lister l&apos;arbre des prétentions avec le nombre de preuves.</translation>
    </message>
    <message>
        <source>, gap</source>
        <translation>, lacune</translation>
    </message>
    <message>
        <source>No claims.</source>
        <translation>Aucune prétention.</translation>
    </message>
    <message>
        <source>List the claim templates (built-in, and the case&apos;s own).</source>
        <translation>Lister les modèles de prétentions (intégrés, et ceux propres à l&apos;affaire).</translation>
    </message>
    <message>
        <source>The case file (optional: without it, the built-in templates).</source>
        <translation>Le fichier de l&apos;affaire (facultatif : sans lui, les modèles intégrés).</translation>
    </message>
    <message>
        <source>Add a claim with its elements or factors from a template.</source>
        <translation>Ajouter une prétention avec ses éléments constitutifs ou facteurs à partir d&apos;un modèle.</translation>
    </message>
    <message>
        <source>breach-of-contract, sherman-act-1, tortious-interference, preliminary-injunction, or a case template&apos;s id.</source>
        <translation>breach-of-contract, sherman-act-1, tortious-interference, preliminary-injunction, ou l&apos;identifiant d&apos;un modèle de l&apos;affaire.</translation>
    </message>
    <message>
        <source>Add it under this claim node.</source>
        <translation>L&apos;ajouter sous ce nœud de l&apos;arbre des prétentions.</translation>
    </message>
    <message>
        <source>The party asserting the claim.</source>
        <translation>La partie qui formule la prétention.</translation>
    </message>
    <message>
        <source>Change a claim node&apos;s fields, or move it.</source>
        <translation>Modifier les champs d&apos;un nœud de l&apos;arbre des prétentions, ou le déplacer.</translation>
    </message>
    <message>
        <source>The claim node.</source>
        <translation>Le nœud de l&apos;arbre des prétentions.</translation>
    </message>
    <message>
        <source>Move it under this claim node.</source>
        <translation>Le déplacer sous ce nœud.</translation>
    </message>
    <message>
        <source>Move it to the top level.</source>
        <translation>Le déplacer au premier niveau.</translation>
    </message>
    <message>
        <source>Move it to this position among its siblings, from 0.</source>
        <translation>Le déplacer à cette position parmi ses voisins, à partir de 0.</translation>
    </message>
    <message>
        <source>“%1” is not a claim id.</source>
        <translation>« %1 » n&apos;est pas un identifiant de prétention.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>%1 mis à jour.</translation>
    </message>
    <message>
        <source>Delete a claim node with its elements and their evidence links.</source>
        <translation>Supprimer un nœud de l&apos;arbre des prétentions avec ses éléments et leurs liens de preuve.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>List the court dockets imported into the case (parties, lawyers and entries), or link a filing to its docket entry by hand.</source>
        <translation>Lister les rôles d&apos;audience importés dans l&apos;affaire (parties, avocats et inscriptions), ou rattacher manuellement un acte de procédure à son inscription au rôle.</translation>
    </message>
    <message>
        <source>List the court dockets imported into a case.</source>
        <translation>Lister les rôles d&apos;audience importés dans une affaire.</translation>
    </message>
    <message>
        <source>%1 %2  %3  (%4 parties, %5 entries)</source>
        <translation>%1 %2  %3  (%4 parties, %5 inscriptions)</translation>
    </message>
    <message>
        <source>Link a filing to its docket entry by hand. Its docket number, filed date and title are taken from the entry unless it has its own.</source>
        <translation>Rattacher manuellement un acte de procédure à son inscription au rôle. Son numéro de rôle, sa date de dépôt et son titre sont repris de l&apos;inscription, sauf s&apos;il a les siens.</translation>
    </message>
    <message>
        <source>The filing&apos;s document id.</source>
        <translation>L&apos;identifiant de document de l&apos;acte de procédure.</translation>
    </message>
    <message>
        <source>The entry&apos;s number on the docket: 34, or 34-2 for its attachment 2.</source>
        <translation>Le numéro de l&apos;inscription au rôle : 34, ou 34-2 pour son annexe 2.</translation>
    </message>
    <message>
        <source>The docket&apos;s id (docket list --json), when several dockets have such an entry.</source>
        <translation>L&apos;identifiant du rôle (docket list --json), lorsque plusieurs rôles comportent une telle inscription.</translation>
    </message>
    <message>
        <source>Give the --document and the --entry to link.</source>
        <translation>Indiquez le --document et l&apos;--entry à rattacher.</translation>
    </message>
    <message>
        <source>Document %1 linked to docket entry %2.</source>
        <translation>Document %1 rattaché à l&apos;inscription au rôle %2.</translation>
    </message>
    <message>
        <source>Unlink a filing from its docket entry; its fields keep their values.</source>
        <translation>Détacher un acte de procédure de son inscription au rôle ; ses champs gardent leurs valeurs.</translation>
    </message>
    <message>
        <source>Give the --document to unlink.</source>
        <translation>Indiquez le --document à détacher.</translation>
    </message>
    <message>
        <source>Document %1 unlinked from its docket entry.</source>
        <translation>Document %1 détaché de son inscription au rôle.</translation>
    </message>
    <message>
        <source>Mark documents privileged, or set a document&apos;s title, label, docket number, Bates range, dates, notes, its exhibit-list columns (sponsoring witness, offered, objection, admitted) and what the privilege log says of it (basis and description).</source>
        <translation>Marquer des documents comme couverts par le secret, ou définir le titre, la cote de pièce, le numéro de rôle, la plage de cotes Bates, les dates et les notes d&apos;un document, ses colonnes du bordereau de pièces (témoin qui la présente, offerte en preuve, objection, admise) et ce qu&apos;en dit le journal des pièces couvertes par le secret (fondement et description).</translation>
    </message>
    <message>
        <source>Mark documents privileged (on) or not (off).</source>
        <translation>Marquer des documents comme couverts par le secret (on) ou non (off).</translation>
    </message>
    <message>
        <source>Document ids, comma-separated.</source>
        <translation>Identifiants de documents, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Privileged or not.</source>
        <translation>Couvert par le secret ou non.</translation>
    </message>
    <message>
        <source>Say on or off, not &apos;%1&apos;.</source>
        <translation>Indiquez on ou off, pas « %1 ».</translation>
    </message>
    <message>
        <source>Set a document&apos;s fields (an empty value clears one).</source>
        <translation>Définir les champs d&apos;un document (une valeur vide efface le champ).</translation>
    </message>
    <message>
        <source>The document.</source>
        <translation>Le document.</translation>
    </message>
    <message>
        <source>The exhibit label.</source>
        <translation>La cote de la pièce.</translation>
    </message>
    <message>
        <source>The docket entry number.</source>
        <translation>Le numéro de l&apos;inscription au rôle.</translation>
    </message>
    <message>
        <source>The first Bates number.</source>
        <translation>La première cote Bates.</translation>
    </message>
    <message>
        <source>The last Bates number.</source>
        <translation>La dernière cote Bates.</translation>
    </message>
    <message>
        <source>The document&apos;s own date at the precision known: 2021-01-09, 2018-06, 2018, &quot;circa 2020-11&quot;, 2021-01..2021-09. Recorded as entered by a user unless --date-source says otherwise.</source>
        <translation>La date propre du document, à la précision connue : 2021-01-09, 2018-06, 2018, « circa 2020-11 », 2021-01..2021-09. Enregistrée comme saisie par un utilisateur, sauf indication contraire de --date-source.</translation>
    </message>
    <message>
        <source>Where the date comes from: user, manifest, email_header, docket or load_file.</source>
        <translation>L&apos;origine de la date : user, manifest, email_header, docket ou load_file.</translation>
    </message>
    <message>
        <source>The filing date (YYYY-MM-DD).</source>
        <translation>La date de dépôt (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>The notes.</source>
        <translation>Les notes.</translation>
    </message>
    <message>
        <source>Exhibit list: sponsoring witness.</source>
        <translation>Bordereau de pièces : témoin qui présente la pièce.</translation>
    </message>
    <message>
        <source>Exhibit list: offered (e.g. the date).</source>
        <translation>Bordereau de pièces : offerte en preuve (par ex. la date).</translation>
    </message>
    <message>
        <source>Exhibit list: objection.</source>
        <translation>Bordereau de pièces : objection.</translation>
    </message>
    <message>
        <source>Exhibit list: admitted (e.g. the date).</source>
        <translation>Bordereau de pièces : admise en preuve (par ex. la date).</translation>
    </message>
    <message>
        <source>Privilege log: the privilege asserted (attorney-client, work-product or other).</source>
        <translation>Journal des pièces couvertes par le secret : le secret invoqué (attorney-client, work-product ou other).</translation>
    </message>
    <message>
        <source>Privilege log: the subject matter, described without revealing it.</source>
        <translation>Journal des pièces couvertes par le secret : l&apos;objet, décrit sans en révéler le contenu.</translation>
    </message>
    <message>
        <source>--date-source says where a --date comes from; give both.</source>
        <translation>--date-source indique l&apos;origine d&apos;une --date ; indiquez les deux.</translation>
    </message>
    <message>
        <source>Name a field to set.</source>
        <translation>Indiquez un champ à définir.</translation>
    </message>
    <message>
        <source>Document %1 updated.</source>
        <translation>Document %1 mis à jour.</translation>
    </message>
    <message>
        <source>Add, list or link the people and organisations in a case.</source>
        <translation>Ajouter, lister ou rattacher les personnes et les organisations d&apos;une affaire.</translation>
    </message>
    <message>
        <source>Add a person or organisation.</source>
        <translation>Ajouter une personne ou une organisation.</translation>
    </message>
    <message>
        <source>The name.</source>
        <translation>Le nom.</translation>
    </message>
    <message>
        <source>person or organisation (default organisation).</source>
        <translation>person (personne) ou organisation (organisation par défaut).</translation>
    </message>
    <message>
        <source>party, counsel, judge, witness or third_party (default third_party).</source>
        <translation>party (partie), counsel (avocat), judge (juge), witness (témoin) ou third_party (tiers, par défaut).</translation>
    </message>
    <message>
        <source>Who they are.</source>
        <translation>Qui est cette personne ou cette organisation.</translation>
    </message>
    <message>
        <source>entity add needs --name.</source>
        <translation>entity add exige --name.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind; use person or organisation.</source>
        <translation>« %1 » n&apos;est pas un type ; utilisez person ou organisation.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role; use party, counsel, judge, witness or third_party.</source>
        <translation>« %1 » n&apos;est pas un rôle ; utilisez party, counsel, judge, witness ou third_party.</translation>
    </message>
    <message>
        <source>List the people and organisations in a case.</source>
        <translation>Lister les personnes et les organisations d&apos;une affaire.</translation>
    </message>
    <message>
        <source>Link a person or organisation to an event or a document.</source>
        <translation>Rattacher une personne ou une organisation à un événement ou à un document.</translation>
    </message>
    <message>
        <source>The person or organisation.</source>
        <translation>La personne ou l&apos;organisation.</translation>
    </message>
    <message>
        <source>The event.</source>
        <translation>L&apos;événement.</translation>
    </message>
    <message>
        <source>Remove the link instead.</source>
        <translation>Supprimer plutôt le rattachement.</translation>
    </message>
    <message>
        <source>Give --event or --document.</source>
        <translation>Indiquez --event ou --document.</translation>
    </message>
    <message>
        <source>person or organisation</source>
        <translation>personne ou organisation</translation>
    </message>
    <message>
        <source>Add an event to the chronology, change one, or list it in date order.</source>
        <translation>Ajouter un événement à la chronologie, en modifier un, ou lister la chronologie par ordre de date.</translation>
    </message>
    <message>
        <source>Whether the parties dispute it: disputed, undisputed or unassessed (the default: nobody has assessed it).</source>
        <translation>Si les parties le contestent : disputed (contesté), undisputed (non contesté) ou unassessed (non évalué, par défaut : personne ne l&apos;a évalué).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a dispute status; say disputed, undisputed or unassessed.</source>
        <translation>« %1 » n&apos;est pas un statut de contestation ; indiquez disputed, undisputed ou unassessed.</translation>
    </message>
    <message>
        <source>Add an event to the chronology.</source>
        <translation>Ajouter un événement à la chronologie.</translation>
    </message>
    <message>
        <source>When: 2021-01-10, 2021-01, 2021, &quot;2021-01-10 23:59 PST&quot;, 2021-01-17..2021-01-18, &quot;circa 2021-01&quot;.</source>
        <translation>Quand : 2021-01-10, 2021-01, 2021, « 2021-01-10 23:59 PST », 2021-01-17..2021-01-18, « circa 2021-01 ».</translation>
    </message>
    <message>
        <source>What happened, in a line.</source>
        <translation>Ce qui s&apos;est passé, en une ligne.</translation>
    </message>
    <message>
        <source>More detail.</source>
        <translation>Davantage de détails.</translation>
    </message>
    <message>
        <source>Private notes.</source>
        <translation>Notes privées.</translation>
    </message>
    <message>
        <source>The other side disputes it (same as --dispute disputed).</source>
        <translation>La partie adverse le conteste (comme --dispute disputed).</translation>
    </message>
    <message>
        <source>A document that shows it.</source>
        <translation>Un document qui en atteste.</translation>
    </message>
    <message>
        <source>The pages of that document: 5 or 3-4.</source>
        <translation>Les pages de ce document : 5 ou 3-4.</translation>
    </message>
    <message>
        <source>A post that shows it.</source>
        <translation>Une publication qui en atteste.</translation>
    </message>
    <message>
        <source>A person or organisation involved (repeatable).</source>
        <translation>Une personne ou une organisation concernée (option répétable).</translation>
    </message>
    <message>
        <source>event add needs --date and --title.</source>
        <translation>event add exige --date et --title.</translation>
    </message>
    <message>
        <source>Give --dispute or --disputed, not both.</source>
        <translation>Indiquez --dispute ou --disputed, pas les deux.</translation>
    </message>
    <message>
        <source>Give either --source-document or --source-post, not both.</source>
        <translation>Indiquez soit --source-document, soit --source-post, pas les deux.</translation>
    </message>
    <message>
        <source>--pages needs --source-document.</source>
        <translation>--pages exige --source-document.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a page range; write 5 or 3-4.</source>
        <translation>« %1 » n&apos;est pas une plage de pages ; écrivez 5 ou 3-4.</translation>
    </message>
    <message>
        <source>Added event %1: %2 — %3</source>
        <translation>Événement %1 ajouté : %2 — %3</translation>
    </message>
    <message>
        <source>List the chronology in date order.</source>
        <translation>Lister la chronologie par ordre de date.</translation>
    </message>
    <message>
        <source>Events on or after this date (2021-01-10, 2021-01 or 2021).</source>
        <translation>Événements à cette date ou après (2021-01-10, 2021-01 ou 2021).</translation>
    </message>
    <message>
        <source>Events on or before this date.</source>
        <translation>Événements à cette date ou avant.</translation>
    </message>
    <message>
        <source>Only events linked to this claim or its elements.</source>
        <translation>Seulement les événements rattachés à cette prétention ou à ses éléments.</translation>
    </message>
    <message>
        <source>Only events with this tag (or a tag beneath it).</source>
        <translation>Seulement les événements portant cette étiquette (ou une étiquette placée sous elle).</translation>
    </message>
    <message>
        <source>Only disputed events.</source>
        <translation>Seulement les événements contestés.</translation>
    </message>
    <message>
        <source>Only events assessed as undisputed.</source>
        <translation>Seulement les événements évalués comme non contestés.</translation>
    </message>
    <message>
        <source>Only events whose dispute status nobody has assessed.</source>
        <translation>Seulement les événements dont personne n&apos;a évalué le statut de contestation.</translation>
    </message>
    <message>
        <source>Also cite privileged documents.</source>
        <translation>Citer aussi les documents couverts par le secret.</translation>
    </message>
    <message>
        <source>Place a month or year after the days inside it (default: before them).</source>
        <translation>Placer un mois ou une année après les jours qu&apos;il contient (par défaut : avant).</translation>
    </message>
    <message>
        <source>Give one of --disputed, --undisputed and --unassessed.</source>
        <translation>Indiquez une seule option parmi --disputed, --undisputed et --unassessed.</translation>
    </message>
    <message>
        <source>(%1 privileged source(s) not shown; use --include-privileged)</source>
        <translation>(%1 source(s) couverte(s) par le secret non affichée(s) ; utilisez --include-privileged)</translation>
    </message>
    <message>
        <source>Change an event&apos;s dispute status, date, title or notes.</source>
        <translation>Modifier le statut de contestation, la date, le titre ou les notes d&apos;un événement.</translation>
    </message>
    <message>
        <source>When (as for event add).</source>
        <translation>Quand (comme pour event add).</translation>
    </message>
    <message>
        <source>Event %1 updated.</source>
        <translation>Événement %1 mis à jour.</translation>
    </message>
    <message>
        <source>Export the chronology as a PDF: caption, timeline strip and table with pin cites.</source>
        <translation>Exporter la chronologie en PDF : intitulé, frise chronologique et tableau avec références précises.</translation>
    </message>
    <message>
        <source>Export the claim chart: evidence for and against every element, gaps highlighted.</source>
        <translation>Exporter le tableau des prétentions : preuves pour et contre chaque élément, lacunes mises en évidence.</translation>
    </message>
    <message>
        <source>Export the trial exhibit list: number, description, date, Bates range and the columns set with document set (sponsoring witness, offered, objection, admitted).</source>
        <translation>Exporter le bordereau des pièces pour l&apos;audience : numéro, description, date, plage de cotes Bates et les colonnes définies avec document set (témoin qui présente la pièce, offerte en preuve, objection, admise).</translation>
    </message>
    <message>
        <source>Export the privilege log of the documents marked privileged (FRCP 26(b)(5)(A)): log no., Bates or control no., date, type, author, recipients, privilege asserted, description, withheld or redacted.</source>
        <translation>Exporter le journal des pièces couvertes par le secret pour les documents ainsi marqués (FRCP 26(b)(5)(A)) : n° d&apos;ordre, cote Bates ou n° de contrôle, date, type, auteur, destinataires, secret invoqué, description, retenu ou caviardé.</translation>
    </message>
    <message>
        <source>The document&apos;s language: %1 (by default the language of the messages).</source>
        <translation>La langue du document : %1 (par défaut, celle des messages).</translation>
    </message>
    <message>
        <source>Paper size: letter or a4. By default US Letter for a U.S. court, else the locale&apos;s.</source>
        <translation>Format du papier : letter ou a4. Par défaut, US Letter pour une juridiction américaine, sinon celui des paramètres régionaux.</translation>
    </message>
    <message>
        <source>The document title printed under the caption.</source>
        <translation>Le titre du document, imprimé sous l&apos;intitulé.</translation>
    </message>
    <message>
        <source>Print a &quot;Privileged &amp; Confidential — Attorney Work Product&quot; banner on every page.</source>
        <translation>Imprimer un bandeau « Privileged &amp; Confidential — Attorney Work Product » sur chaque page.</translation>
    </message>
    <message>
        <source>Cite documents marked privileged (they are left out by default).</source>
        <translation>Citer les documents couverts par le secret (ils sont écartés par défaut).</translation>
    </message>
    <message>
        <source>Write PDF/A-1b for long-term archiving.</source>
        <translation>Écrire au format PDF/A-1b, pour l&apos;archivage à long terme.</translation>
    </message>
    <message>
        <source>Unknown page size “%1”: use letter or a4.</source>
        <translation>Format de page inconnu « %1 » : utilisez letter ou a4.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 %3</source>
        <translation>%1 écrit (%2 %3</translation>
    </message>
    <message>
        <source>Left out %1 privileged item(s); use --include-privileged to cite them.</source>
        <translation>%1 élément(s) couvert(s) par le secret écarté(s) ; utilisez --include-privileged pour les citer.</translation>
    </message>
    <message>
        <source>Export the case chronology as a PDF a court or client can read.</source>
        <translation>Exporter la chronologie de l&apos;affaire en un PDF lisible par une juridiction ou un client.</translation>
    </message>
    <message>
        <source>Only events on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY).</source>
        <translation>Seulement les événements à la DATE ou après (AAAA-MM-JJ, AAAA-MM ou AAAA).</translation>
    </message>
    <message>
        <source>Only events on or before DATE.</source>
        <translation>Seulement les événements à la DATE ou avant.</translation>
    </message>
    <message>
        <source>Include every event, whatever its dispute status (the default).</source>
        <translation>Inclure tous les événements, quel que soit leur statut de contestation (par défaut).</translation>
    </message>
    <message>
        <source>Only events assessed as undisputed (leaves out disputed events and those not yet assessed).</source>
        <translation>Seulement les événements évalués comme non contestés (écarte les événements contestés et ceux qui ne sont pas encore évalués).</translation>
    </message>
    <message>
        <source>Use either --include-disputed or --undisputed-only, not both.</source>
        <translation>Utilisez soit --include-disputed, soit --undisputed-only, pas les deux.</translation>
    </message>
    <message>
        <source>--%1 “%2” is not a date: use YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>--%1 « %2 » n&apos;est pas une date : utilisez AAAA-MM-JJ, AAAA-MM ou AAAA.</translation>
    </message>
    <message>
        <source>--from is after --to: no date can match.</source>
        <translation>--from est postérieur à --to : aucune date ne peut correspondre.</translation>
    </message>
    <message>
        <source>--claim needs a claim id (a positive number).</source>
        <translation>--claim attend un identifiant de prétention (un nombre positif).</translation>
    </message>
    <message>
        <source>No events match the filters; the PDF is one page that says so.</source>
        <translation>Aucun événement ne correspond aux filtres ; le PDF tient en une page qui l&apos;indique.</translation>
    </message>
    <message>
        <source>Export the claim chart (proof matrix) as a PDF.</source>
        <translation>Exporter le tableau des prétentions (matrice de la preuve) en PDF.</translation>
    </message>
    <message>
        <source>Only this claim and its elements.</source>
        <translation>Seulement cette prétention et ses éléments.</translation>
    </message>
    <message>
        <source>A reviewer&apos;s working copy: show link weights, the weighed balance of each assessment and the quote checks. Without it the chart is the court copy, which leaves them out (and any quote not found on its cited pages).</source>
        <translation>Une copie de travail pour le relecteur : afficher le poids des liens, la pondération de chaque évaluation et le contrôle des citations. Sans cette option, le tableau est la copie destinée à la juridiction, qui les omet (ainsi que toute citation introuvable sur les pages citées).</translation>
    </message>
    <message>
        <source>claims, elements and factors</source>
        <translation>prétentions, éléments et facteurs</translation>
    </message>
    <message>
        <source>The case has no claims; the PDF is one page that says so.</source>
        <translation>L&apos;affaire n&apos;a aucune prétention ; le PDF tient en une page qui l&apos;indique.</translation>
    </message>
    <message>
        <source>Export the exhibit list as a PDF or CSV.</source>
        <translation>Exporter le bordereau de pièces en PDF ou en CSV.</translation>
    </message>
    <message>
        <source>The file to write (.pdf or .csv); OUT.manifest.json is written beside it.</source>
        <translation>Le fichier à écrire (.pdf ou .csv) ; OUT.manifest.json est écrit à côté.</translation>
    </message>
    <message>
        <source>The exhibit list is written as .pdf or .csv; %1 is neither.</source>
        <translation>Le bordereau de pièces s&apos;écrit en .pdf ou en .csv ; %1 n&apos;est ni l&apos;un ni l&apos;autre.</translation>
    </message>
    <message>
        <source>The case has no exhibits to list; the file says so.</source>
        <translation>L&apos;affaire n&apos;a aucune pièce à lister ; le fichier l&apos;indique.</translation>
    </message>
    <message>
        <source>Export the privilege log as a PDF or CSV.</source>
        <translation>Exporter le journal des pièces couvertes par le secret en PDF ou en CSV.</translation>
    </message>
    <message>
        <source>The privilege log is written as .pdf or .csv; %1 is neither.</source>
        <translation>Le journal des pièces couvertes par le secret s&apos;écrit en .pdf ou en .csv ; %1 n&apos;est ni l&apos;un ni l&apos;autre.</translation>
    </message>
    <message>
        <source>privileged documents</source>
        <translation>documents couverts par le secret</translation>
    </message>
    <message>
        <source>No document is marked privileged; the log says so.</source>
        <translation>Aucun document n&apos;est marqué comme couvert par le secret ; le journal l&apos;indique.</translation>
    </message>
    <message>
        <source>Import PDFs, exhibits, ZIP productions, load files (DAT, OPT, LFP, EDRM XML), court dockets and flagged-post samples.</source>
        <translation>Importer des PDF, des pièces, des productions ZIP, des fichiers de chargement (DAT, OPT, LFP, EDRM XML), des rôles d&apos;audience et des échantillons de publications signalées.</translation>
    </message>
    <message>
        <source>Import files into a case as one all-or-nothing job. Directories are walked; ZIP productions are opened; CSV, JSON and NDJSON files are read as flagged-post samples.</source>
        <translation>Importer des fichiers dans une affaire en une seule opération, entièrement ou pas du tout. Les dossiers sont parcourus ; les productions ZIP sont ouvertes ; les fichiers CSV, JSON et NDJSON sont lus comme des échantillons de publications signalées.</translation>
    </message>
    <message>
        <source>Files or directories to import.</source>
        <translation>Fichiers ou dossiers à importer.</translation>
    </message>
    <message>
        <source>What the files are: %1 (auto, the default, recognises each file).</source>
        <translation>La nature des fichiers : %1 (auto, par défaut, reconnaît chaque fichier).</translation>
    </message>
    <message>
        <source>Label exhibits PREFIX1, PREFIX2, … after existing ones.</source>
        <translation>Coter les pièces PREFIX1, PREFIX2, … à la suite des pièces existantes.</translation>
    </message>
    <message>
        <source>Password for encrypted PDFs.</source>
        <translation>Mot de passe des PDF chiffrés.</translation>
    </message>
    <message>
        <source>Field mapping: posts (text=full_text,author=user.screen_name) or load files (begbates=&quot;Control Number&quot;,textpath=3; a column name or its position).</source>
        <translation>Correspondance des champs : publications (text=full_text,author=user.screen_name) ou fichiers de chargement (begbates=&quot;Control Number&quot;,textpath=3 ; un nom de colonne ou sa position).</translation>
    </message>
    <message>
        <source>Platform of the posts when the file has no platform column.</source>
        <translation>Plateforme des publications lorsque le fichier n&apos;a pas de colonne de plateforme.</translation>
    </message>
    <message>
        <source>Flag category of the posts when the file has none.</source>
        <translation>Catégorie de signalement des publications lorsque le fichier n&apos;en a pas.</translation>
    </message>
    <message>
        <source>Dockets: make each entry a chronology event on its filing date, tagged Docket.</source>
        <translation>Rôles : faire de chaque inscription un événement de la chronologie à sa date de dépôt, avec l&apos;étiquette Docket.</translation>
    </message>
    <message>
        <source>Load files: the DAT&apos;s field delimiter (&apos;|&apos;, tab, 0x14, …); detected when not given.</source>
        <translation>Fichiers de chargement : le séparateur de champs du DAT (&apos;|&apos;, tab, 0x14, …) ; détecté s&apos;il n&apos;est pas indiqué.</translation>
    </message>
    <message>
        <source>Load files: the DAT&apos;s text qualifier (þ, ^, &quot;, or none); detected when not given.</source>
        <translation>Fichiers de chargement : le délimiteur de texte du DAT (þ, ^, &quot;, ou none) ; détecté s&apos;il n&apos;est pas indiqué.</translation>
    </message>
    <message>
        <source>%1 does not exist; create it first with &quot;casebinder-cli new&quot;</source>
        <translation>%1 n&apos;existe pas ; créez-le d&apos;abord avec « casebinder-cli new »</translation>
    </message>
    <message>
        <source>imported   %1 (%2 posts)</source>
        <translation>importé    %1 (%2 publications)</translation>
    </message>
    <message>
        <source>imported   %1 (%2 pages)</source>
        <translation>importé    %1 (%2 pages)</translation>
    </message>
    <message>
        <source>duplicate  %1 (%2)</source>
        <translation>doublon    %1 (%2)</translation>
    </message>
    <message>
        <source>REJECTED   %1: %2</source>
        <translation>REFUSÉ     %1 : %2</translation>
    </message>
    <message>
        <source>           note: </source>
        <translation>           remarque : </translation>
    </message>
    <message>
        <source>linked     document %1 to %2 (%3)</source>
        <translation>lié        document %1 à %2 (%3)</translation>
    </message>
    <message>
        <source>RECAP file name</source>
        <translation>nom de fichier RECAP</translation>
    </message>
    <message>
        <source>page-1 stamp</source>
        <translation>tampon de la page 1</translation>
    </message>
    <message>
        <source>not linked </source>
        <translation>non lié    </translation>
    </message>
    <message>
        <source>%1 docket entries added to the chronology.</source>
        <translation>%1 inscriptions au rôle ajoutées à la chronologie.</translation>
    </message>
    <message>
        <source>%1 imported, %2 duplicates, %3 rejected; %4 pages, %5 posts.</source>
        <translation>%1 importé(s), %2 doublon(s), %3 refusé(s) ; %4 pages, %5 publications.</translation>
    </message>
    <message>
        <source>Link evidence (document pages with a quote, posts, events) to claim elements.</source>
        <translation>Rattacher des preuves (pages de documents avec une citation, publications, événements) aux éléments des prétentions.</translation>
    </message>
    <message>
        <source> [quote verified]</source>
        <translation> [citation vérifiée]</translation>
    </message>
    <message>
        <source> [quote NOT found]</source>
        <translation> [citation INTROUVABLE]</translation>
    </message>
    <message>
        <source>Link a document page range (with an optional quote), a post or an event to a claim node. A quote is checked against the stored text of the cited pages.</source>
        <translation>Rattacher une plage de pages d&apos;un document (avec une citation facultative), une publication ou un événement à un nœud de l&apos;arbre des prétentions. Une citation est contrôlée par rapport au texte conservé des pages citées.</translation>
    </message>
    <message>
        <source>The claim, element or factor.</source>
        <translation>La prétention, l&apos;élément constitutif ou le facteur.</translation>
    </message>
    <message>
        <source>A document.</source>
        <translation>Un document.</translation>
    </message>
    <message>
        <source>The cited pages: 5 or 3-4.</source>
        <translation>Les pages citées : 5 ou 3-4.</translation>
    </message>
    <message>
        <source>Words quoted from the cited pages.</source>
        <translation>Les mots cités, tirés des pages citées.</translation>
    </message>
    <message>
        <source>A post.</source>
        <translation>Une publication.</translation>
    </message>
    <message>
        <source>A chronology event.</source>
        <translation>Un événement de la chronologie.</translation>
    </message>
    <message>
        <source>supports (default), undermines or context.</source>
        <translation>supports (étaye, par défaut), undermines (affaiblit) ou context (contexte).</translation>
    </message>
    <message>
        <source>1 (weak) to 5 (strong); default 3.</source>
        <translation>De 1 (faible) à 5 (fort) ; 3 par défaut.</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>Une note.</translation>
    </message>
    <message>
        <source>link add needs --claim ID.</source>
        <translation>link add exige --claim ID.</translation>
    </message>
    <message>
        <source>--%1 needs an id.</source>
        <translation>--%1 attend un identifiant.</translation>
    </message>
    <message>
        <source>link add needs exactly one of --document, --post and --event.</source>
        <translation>link add exige exactement une option parmi --document, --post et --event.</translation>
    </message>
    <message>
        <source>--pages “%1” is not a page or a range like 3-4.</source>
        <translation>--pages « %1 » n&apos;est ni une page ni une plage comme 3-4.</translation>
    </message>
    <message>
        <source>--stance must be supports, undermines or context.</source>
        <translation>--stance doit valoir supports, undermines ou context.</translation>
    </message>
    <message>
        <source>--weight must be a number from 1 to 5.</source>
        <translation>--weight doit être un nombre de 1 à 5.</translation>
    </message>
    <message>
        <source>Linked %1 to claim %2 (%3, weight %4)%5</source>
        <translation>%1 rattaché à la prétention %2 (%3, poids %4)%5</translation>
    </message>
    <message>
        <source>List evidence links, of one claim node or all.</source>
        <translation>Lister les liens de preuve, d&apos;un nœud de l&apos;arbre des prétentions ou de tous.</translation>
    </message>
    <message>
        <source>Only the links of this claim node.</source>
        <translation>Seulement les liens de ce nœud.</translation>
    </message>
    <message>
        <source>--claim needs a claim id.</source>
        <translation>--claim attend un identifiant de prétention.</translation>
    </message>
    <message>
        <source>%1  claim %2  %3  %4 (weight %5)%6</source>
        <translation>%1  prétention %2  %3  %4 (poids %5)%6</translation>
    </message>
    <message>
        <source>No evidence links.</source>
        <translation>Aucun lien de preuve.</translation>
    </message>
    <message>
        <source>Check quotes against the stored page text again and store the result; without IDs, every link with a quote. Exits with 1 when a quote is not found.</source>
        <translation>Contrôler à nouveau les citations par rapport au texte conservé des pages et enregistrer le résultat ; sans ID, tous les liens comportant une citation. Se termine avec le code 1 si une citation est introuvable.</translation>
    </message>
    <message>
        <source>Evidence links to verify.</source>
        <translation>Liens de preuve à vérifier.</translation>
    </message>
    <message>
        <source>“%1” is not an evidence link id.</source>
        <translation>« %1 » n&apos;est pas un identifiant de lien de preuve.</translation>
    </message>
    <message>
        <source>no quote to verify</source>
        <translation>aucune citation à vérifier</translation>
    </message>
    <message>
        <source>NOT FOUND — </source>
        <translation>INTROUVABLE — </translation>
    </message>
    <message>
        <source>No quotes to verify.</source>
        <translation>Aucune citation à vérifier.</translation>
    </message>
    <message>
        <source>Delete an evidence link.</source>
        <translation>Supprimer un lien de preuve.</translation>
    </message>
    <message>
        <source>The evidence link.</source>
        <translation>Le lien de preuve.</translation>
    </message>
    <message>
        <source>Deleted evidence link %1.</source>
        <translation>Lien de preuve %1 supprimé.</translation>
    </message>
    <message>
        <source>For each element or factor: supporting and undermining evidence, and its assessment.</source>
        <translation>Pour chaque élément constitutif ou facteur : les preuves qui l&apos;étayent et celles qui l&apos;affaiblissent, et son évaluation.</translation>
    </message>
    <message>
        <source>Print the proof matrix. Each element or factor is unsupported (no solid support: a gap), contested (solid support and solid evidence against, with the weights of both) or supported (solid support, nothing solid against). Disputed events and quotes not verified are not solid. A claim is no stronger than its weakest element.</source>
        <translation>Afficher la matrice de la preuve. Chaque élément constitutif ou facteur est non étayé (aucun appui solide : une lacune), disputé (appui solide et preuve contraire solide, avec le poids de chacun) ou étayé (appui solide, rien de solide en sens contraire). Les événements contestés et les citations non vérifiées ne sont pas solides. Une prétention ne vaut pas plus que son élément le plus faible.</translation>
    </message>
    <message>
        <source>%1 (claim %2): %3</source>
        <translation>%1 (prétention %2) : %3</translation>
    </message>
    <message>
        <source>  Note: </source>
        <translation>  Remarque : </translation>
    </message>
    <message>
        <source>    − against the claim as a whole: %1 (weight %2)</source>
        <translation>    − contre l&apos;ensemble de la prétention : %1 (poids %2)</translation>
    </message>
    <message>
        <source>  %1 %2  supports %3, undermines %4, context %5  %6%7</source>
        <translation>  %1 %2  étaye %3, affaiblit %4, contexte %5  %6%7</translation>
    </message>
    <message>
        <source>GAP — </source>
        <translation>LACUNE — </translation>
    </message>
    <message>
        <source>      + %1 (weight %2)%3</source>
        <translation>      + %1 (poids %2)%3</translation>
    </message>
    <message>
        <source>      − %1 (weight %2)%3</source>
        <translation>      − %1 (poids %2)%3</translation>
    </message>
    <message>
        <source>Recognise the text of scanned pages, so search, quotes and cites reach it.</source>
        <translation>Reconnaître le texte des pages numérisées, pour que la recherche, les citations et les références y accèdent.</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>, environ %1 restant</translation>
    </message>
    <message>
        <source>Recognise the text of pages that have no text layer (scans), with Tesseract. Each page is saved as soon as it is read, so an interrupted run continues where it stopped the next time. The text the import extracted is kept as it was.</source>
        <translation>Reconnaître avec Tesseract le texte des pages sans couche de texte (numérisations). Chaque page est enregistrée dès qu&apos;elle est lue : une exécution interrompue reprend la fois suivante là où elle s&apos;était arrêtée. Le texte extrait lors de l&apos;import est conservé tel quel.</translation>
    </message>
    <message>
        <source>Only this document (repeat, or ID,ID,...).</source>
        <translation>Seulement ce document (option répétée, ou ID,ID,...).</translation>
    </message>
    <message>
        <source>Tesseract languages, e.g. eng+fra (default: the case&apos;s setting, else eng).</source>
        <translation>Langues Tesseract, par ex. eng+fra (par défaut : le réglage de l&apos;affaire, sinon eng).</translation>
    </message>
    <message>
        <source>Read the pages again, those with a text layer or OCR text too.</source>
        <translation>Relire les pages, y compris celles qui ont une couche de texte ou déjà un texte OCR.</translation>
    </message>
    <message>
        <source>%1 %2 (document %3): %4 of %5 pages</source>
        <translation>%1 %2 (document %3) : %4 pages sur %5</translation>
    </message>
    <message>
        <source>           page %1: %2</source>
        <translation>           page %1 : %2</translation>
    </message>
    <message>
        <source>No page needs OCR.</source>
        <translation>Aucune page n&apos;a besoin d&apos;OCR.</translation>
    </message>
    <message>
        <source>%1 pages recognised, %2 failed, %3 left.</source>
        <translation>%1 pages reconnues, %2 en échec, %3 restantes.</translation>
    </message>
    <message>
        <source>Interrupted; the pages read so far are saved, and the next run continues from there.</source>
        <translation>Interrompu ; les pages déjà lues sont enregistrées et la prochaine exécution reprendra à partir de là.</translation>
    </message>
    <message>
        <source>Write a production: Bates-stamped PDFs in IMAGES/, text in TEXT/ (one file per document, pages separated by form feeds), natives of spreadsheets, media and other files that cannot be imaged in NATIVES/ (with a placeholder page), and DATA/VOL.dat (Concordance) and DATA/VOL.opt (Opticon). Privileged documents are withheld behind a slip sheet unless --include-privileged is given. OUTDIR must be new or empty; it is written complete or not at all, and the production is recorded in the case (verify CASE --manifest OUTDIR checks it later).</source>
        <translation>Écrire une production : les PDF cotés dans IMAGES/, le texte dans TEXT/ (un fichier par document, pages séparées par des sauts de page), les fichiers natifs des tableurs, médias et autres fichiers impossibles à convertir en images dans NATIVES/ (avec une page de substitution), ainsi que DATA/VOL.dat (Concordance) et DATA/VOL.opt (Opticon). Les documents couverts par le secret sont retenus derrière un feuillet de substitution, sauf si --include-privileged est indiqué. OUTDIR doit être nouveau ou vide ; il est écrit en entier ou pas du tout, et la production est inscrite dans l&apos;affaire (verify CASE --manifest OUTDIR la contrôle ensuite).</translation>
    </message>
    <message>
        <source>Write a production folder of Bates-numbered documents with DAT and OPT load files.</source>
        <translation>Écrire un dossier de production de documents cotés, avec les fichiers de chargement DAT et OPT.</translation>
    </message>
    <message>
        <source>The production folder to write (new or empty).</source>
        <translation>Le dossier de production à écrire (nouveau ou vide).</translation>
    </message>
    <message>
        <source>The volume name (e.g. VOL001): DATA/VOL001.dat and .opt.</source>
        <translation>Le nom du volume (par ex. VOL001) : DATA/VOL001.dat et .opt.</translation>
    </message>
    <message>
        <source>Produce these documents (comma-separated or repeated ids). Default: every document with a Bates number.</source>
        <translation>Produire ces documents (identifiants séparés par des virgules ou option répétée). Par défaut : tous les documents qui ont une cote Bates.</translation>
    </message>
    <message>
        <source>Produce the documents with this tag (or a tag beneath it).</source>
        <translation>Produire les documents portant cette étiquette (ou une étiquette placée sous elle).</translation>
    </message>
    <message>
        <source>Printed bottom left on every page, e.g. CONFIDENTIAL (none by default).</source>
        <translation>La mention imprimée en bas à gauche de chaque page, par ex. CONFIDENTIAL (aucune par défaut).</translation>
    </message>
    <message>
        <source>Produce privileged documents too, instead of withholding them behind slip sheets.</source>
        <translation>Produire aussi les documents couverts par le secret, au lieu de les retenir derrière des feuillets de substitution.</translation>
    </message>
    <message>
        <source>Who receives the production (recorded in the case).</source>
        <translation>Le destinataire de la production (inscrit dans l&apos;affaire).</translation>
    </message>
    <message>
        <source>--volume is needed (e.g. --volume VOL001).</source>
        <translation>--volume est obligatoire (par ex. --volume VOL001).</translation>
    </message>
    <message>
        <source>Give --documents or --tag, not both.</source>
        <translation>Indiquez --documents ou --tag, pas les deux.</translation>
    </message>
    <message>
        <source>--images is pdf or tiff, not “%1”.</source>
        <translation>--images vaut pdf ou tiff, pas « %1 ».</translation>
    </message>
    <message>
        <source>Produced %1 %2–%3 in %4: %5 document(s) (%6 imaged, %7 native, %8 withheld as privileged), %9 file(s).</source>
        <translation>Production %1 %2–%3 écrite dans %4 : %5 document(s) (%6 en images, %7 natif(s), %8 retenu(s) car couvert(s) par le secret), %9 fichier(s).</translation>
    </message>
    <message>
        <source>Load files %1, %2</source>
        <translation>Fichiers de chargement %1, %2</translation>
    </message>
    <message>
        <source>Build the bundled sample case, Parler LLC v. Amazon Web Services, Inc.</source>
        <translation>Construire l&apos;affaire d&apos;exemple fournie, Parler LLC v. Amazon Web Services, Inc.</translation>
    </message>
    <message>
        <source>Build the bundled sample case (Parler LLC v. Amazon Web Services, Inc.) through the same import and edit paths a user takes. Never overwrites.</source>
        <translation>Construire l&apos;affaire d&apos;exemple fournie (Parler LLC v. Amazon Web Services, Inc.) par les mêmes chemins d&apos;import et de modification qu&apos;un utilisateur. N&apos;écrase jamais rien.</translation>
    </message>
    <message>
        <source>Created the sample case %1: %2 documents (%3 pages), %4 posts, %5 events, %6 claims and elements, %7 evidence links (%8 quotes verified).</source>
        <translation>Affaire d&apos;exemple %1 créée : %2 documents (%3 pages), %4 publications, %5 événements, %6 prétentions et éléments, %7 liens de preuve (%8 citations vérifiées).</translation>
    </message>
    <message>
        <source>Search page text and posts; every hit comes with a pin cite.</source>
        <translation>Rechercher dans le texte des pages et dans les publications ; chaque résultat est accompagné de sa référence précise.</translation>
    </message>
    <message>
        <source>Search the text of every page and post. Words, &quot;phrases&quot;, prefix*, AND, OR, NOT (upper case) and parentheses; neighbouring words must all match. In the output, the matching words of each snippet are marked «like this».</source>
        <translation>Rechercher dans le texte de chaque page et de chaque publication. Mots, &quot;expressions&quot;, préfixe*, AND, OR, NOT (en majuscules) et parenthèses ; des mots voisins doivent tous correspondre. Dans le résultat, les mots trouvés de chaque extrait sont marqués «ainsi».</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>Ce qu&apos;il faut rechercher.</translation>
    </message>
    <message>
        <source>Only filings, exhibits, other documents or posts.</source>
        <translation>Seulement les actes de procédure, les pièces, les autres documents ou les publications.</translation>
    </message>
    <message>
        <source>Only documents, pages and posts with this tag (or a child tag).</source>
        <translation>Seulement les documents, pages et publications portant cette étiquette (ou une étiquette enfant).</translation>
    </message>
    <message>
        <source>Only items dated on or after this day (YYYY-MM-DD).</source>
        <translation>Seulement les éléments datés de ce jour ou après (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Only items dated on or before this day (YYYY-MM-DD).</source>
        <translation>Seulement les éléments datés de ce jour ou avant (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Only pages of this document.</source>
        <translation>Seulement les pages de ce document.</translation>
    </message>
    <message>
        <source>At most N results (default 20).</source>
        <translation>Au plus N résultats (20 par défaut).</translation>
    </message>
    <message>
        <source>Skip the first N results.</source>
        <translation>Sauter les N premiers résultats.</translation>
    </message>
    <message>
        <source>auto (relevance for small result sets), relevance, or case order.</source>
        <translation>auto (pertinence pour les petits ensembles de résultats), relevance (pertinence) ou case (ordre de l&apos;affaire).</translation>
    </message>
    <message>
        <source>--kind must be filing, exhibit, other or post, not “%1”.</source>
        <translation>--kind doit valoir filing, exhibit, other ou post, pas « %1 ».</translation>
    </message>
    <message>
        <source>--from “%1” is not a date (YYYY-MM-DD).</source>
        <translation>--from « %1 » n&apos;est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>--to “%1” is not a date (YYYY-MM-DD).</source>
        <translation>--to « %1 » n&apos;est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>--document needs a document id.</source>
        <translation>--document attend un identifiant de document.</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to 10000.</source>
        <translation>--limit doit être un nombre de 1 à 10000.</translation>
    </message>
    <message>
        <source>--offset must be a number of at least 0.</source>
        <translation>--offset doit être un nombre supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>--order must be auto, relevance or case, not “%1”.</source>
        <translation>--order doit valoir auto, relevance ou case, pas « %1 ».</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <source>Results %1–%2 of %3%4%5.</source>
        <translation>Résultats %1 à %2 sur %3%4%5.</translation>
    </message>
    <message>
        <source>more than </source>
        <translation>plus de </translation>
    </message>
    <message>
        <source>, by relevance</source>
        <translation>, par pertinence</translation>
    </message>
    <message>
        <source>, in case order</source>
        <translation>, dans l&apos;ordre de l&apos;affaire</translation>
    </message>
    <message>
        <source>Ranked among the %1 most recently added matches of %2%3 — add words or a filter to rank all.</source>
        <translation>Classés parmi les %1 correspondances les plus récemment ajoutées sur %2%3 — ajoutez des mots ou un filtre pour tout classer.</translation>
    </message>
    <message>
        <source>Create tags, apply them to documents, pages, posts and events, list them.</source>
        <translation>Créer des étiquettes, les appliquer aux documents, pages, publications et événements, et les lister.</translation>
    </message>
    <message>
        <source>Create a tag.</source>
        <translation>Créer une étiquette.</translation>
    </message>
    <message>
        <source>The tag&apos;s name.</source>
        <translation>Le nom de l&apos;étiquette.</translation>
    </message>
    <message>
        <source>Create it beneath this tag (a name or Parent/Child path).</source>
        <translation>La créer sous cette étiquette (un nom ou un chemin Parent/Enfant).</translation>
    </message>
    <message>
        <source>Its colour, #rrggbb.</source>
        <translation>Sa couleur, #rrggbb.</translation>
    </message>
    <message>
        <source>A key that applies it in review mode (a letter or digit).</source>
        <translation>Une touche qui l&apos;applique en mode revue (une lettre ou un chiffre).</translation>
    </message>
    <message>
        <source>Created tag %1: %2</source>
        <translation>Étiquette %1 créée : %2</translation>
    </message>
    <message>
        <source>Apply a tag to documents, pages, posts or events.</source>
        <translation>Appliquer une étiquette à des documents, pages, publications ou événements.</translation>
    </message>
    <message>
        <source>Remove a tag from documents, pages, posts or events.</source>
        <translation>Retirer une étiquette de documents, pages, publications ou événements.</translation>
    </message>
    <message>
        <source>The tag (a name or Parent/Child path).</source>
        <translation>L&apos;étiquette (un nom ou un chemin Parent/Enfant).</translation>
    </message>
    <message>
        <source>Document ids (repeatable, or comma-separated).</source>
        <translation>Identifiants de documents (option répétable, ou séparés par des virgules).</translation>
    </message>
    <message>
        <source>Post ids.</source>
        <translation>Identifiants de publications.</translation>
    </message>
    <message>
        <source>Event ids.</source>
        <translation>Identifiants d&apos;événements.</translation>
    </message>
    <message>
        <source>A page of a document: DOCID:N.</source>
        <translation>Une page d&apos;un document : DOCID:N.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a page; write DOCID:N, e.g. 12:3.</source>
        <translation>« %1 » n&apos;est pas une page ; écrivez DOCID:N, par ex. 12:3.</translation>
    </message>
    <message>
        <source>Name what to tag: --document, --post, --event or --page.</source>
        <translation>Indiquez ce qu&apos;il faut étiqueter : --document, --post, --event ou --page.</translation>
    </message>
    <message>
        <source>List the tags of a case.</source>
        <translation>Lister les étiquettes d&apos;une affaire.</translation>
    </message>
    <message>
        <source>Usage: casebinder-cli [--lang CODE] COMMAND [options] [arguments]

Casebinder keeps one litigation case in one file and links its evidence to its claims.

Commands:
</source>
        <translation>Utilisation : casebinder-cli [--lang CODE] COMMAND [options] [arguments]

Casebinder conserve une affaire contentieuse dans un seul fichier et rattache ses preuves à ses prétentions.

Commandes :
</translation>
    </message>
    <message>
        <source>
Run &apos;casebinder-cli COMMAND --help&apos; for a command&apos;s options.
--lang CODE (or CASEBINDER_LANG) chooses the language of the messages and of the exports: %1 (default en).
Exit codes: 0 success, 1 failure, 2 bad usage, 3 import with rejected files.
</source>
        <translation>
Lancez « casebinder-cli COMMAND --help » pour les options d&apos;une commande.
--lang CODE (ou CASEBINDER_LANG) choisit la langue des messages et des exports : %1 (en par défaut).
Codes de sortie : 0 succès, 1 échec, 2 utilisation incorrecte, 3 import avec des fichiers refusés.
</translation>
    </message>
    <message>
        <source>--lang needs a language: %1.</source>
        <translation>--lang attend une langue : %1.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Run &apos;casebinder-cli --help&apos; for the list.</source>
        <translation>commande inconnue « %1 ». Lancez « casebinder-cli --help » pour la liste.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs one of: %2.</source>
        <translation>« %1 » attend l&apos;une de ces sous-commandes : %2.</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>post</source>
        <translation>publication</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>prétention</translation>
    </message>
    <message>
        <source>docket</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2 id.</source>
        <translation>« %1 » n&apos;est pas un identifiant valide (%2).</translation>
    </message>
    <message>
        <source>Give one %1 id.</source>
        <translation>Indiquez un seul identifiant (%1).</translation>
    </message>
    <message>
        <source> (case)</source>
        <translation> (de l&apos;affaire)</translation>
    </message>
    <message>
        <source>%1 document(s) marked privileged.</source>
        <translation>%1 document(s) marqué(s) comme couvert(s) par le secret.</translation>
    </message>
    <message>
        <source>%1 document(s) marked not privileged.</source>
        <translation>%1 document(s) marqué(s) comme non couvert(s) par le secret.</translation>
    </message>
    <message>
        <source>Linked %1 to event %2</source>
        <translation>%1 rattaché(e) à l&apos;événement %2</translation>
    </message>
    <message>
        <source>Linked %1 to document %2</source>
        <translation>%1 rattaché(e) au document %2</translation>
    </message>
    <message>
        <source>Unlinked %1 from event %2</source>
        <translation>%1 détaché(e) de l&apos;événement %2</translation>
    </message>
    <message>
        <source>Unlinked %1 from document %2</source>
        <translation>%1 détaché(e) du document %2</translation>
    </message>
    <message>
        <source>, 1 page</source>
        <translation>, 1 page</translation>
    </message>
    <message>
        <source>, %1 pages</source>
        <translation>, %1 pages</translation>
    </message>
    <message>
        <source>indexing </source>
        <translation>indexation </translation>
    </message>
    <message>
        <source>saving </source>
        <translation>enregistrement </translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source> disputed</source>
        <translation> contesté</translation>
    </message>
    <message>
        <source>recognised</source>
        <translation>reconnu   </translation>
    </message>
    <message>
        <source>PARTLY    </source>
        <translation>PARTIEL   </translation>
    </message>
    <message>
        <source>Applied &quot;%1&quot; to %2 item(s) (%3 already tagged).</source>
        <translation>« %1 » appliquée à %2 élément(s) (%3 déjà étiqueté(s)).</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; from %2 item(s) (%3 already untagged).</source>
        <translation>« %1 » retirée de %2 élément(s) (%3 déjà sans cette étiquette).</translation>
    </message>
    <message>
        <source>  key </source>
        <translation>  touche </translation>
    </message>
    <message>
        <source>[%1/%2] %3 pages, %4 posts  %5%6</source>
        <translation>[%1/%2] %3 pages, %4 publications  %5%6</translation>
    </message>
    <message>
        <source>[%1/%2 pages%3] %4 p. %5</source>
        <translation>[%1/%2 pages%3] %4 p. %5</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <source>%1: is a folder, not a case file</source>
        <translation>%1 : c&apos;est un dossier, pas un fichier d&apos;affaire</translation>
    </message>
    <message>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <source>exhibits</source>
        <translation>pièces</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documents :</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Pages :</translation>
    </message>
    <message>
        <source>Posts:</source>
        <translation>Publications :</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Prétentions :</translation>
    </message>
    <message>
        <source>Evidence links:</source>
        <translation>Liens de preuve :</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Événements :</translation>
    </message>
    <message>
        <source>Entities:</source>
        <translation>Personnes :</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes :</translation>
    </message>
    <message>
        <source>Added claim %1: %2</source>
        <translation>Prétention %1 ajoutée : %2</translation>
    </message>
    <message>
        <source>Added element %1: %2</source>
        <translation>Élément constitutif %1 ajouté : %2</translation>
    </message>
    <message>
        <source>Added factor %1: %2</source>
        <translation>Facteur %1 ajouté : %2</translation>
    </message>
    <message>
        <source>not retried %1 (document %2) page %3, failed before: %4</source>
        <translation>non réessayée : %1 (document %2) page %3, en échec auparavant : %4</translation>
    </message>
    <message>
        <source>%1 page(s) that failed before were not tried again; --force tries them.</source>
        <translation>%1 page(s) en échec auparavant n&apos;ont pas été réessayées ; --force les réessaie.</translation>
    </message>
    <message>
        <source>to check    %1 (document %2) page %3: confidence %4</source>
        <translation>à vérifier  %1 (document %2) page %3 : confiance %4</translation>
    </message>
    <message>
        <source>pdf (default: a stamped PDF per document) or tiff (single-page Group IV TIFFs at 300 dpi; JPEG for pages in colour).</source>
        <translation>pdf (par défaut : un PDF tamponné par document) ou tiff (TIFF Groupe IV d&apos;une page à 300 dpi ; JPEG pour les pages en couleur).</translation>
    </message>
    <message>
        <source>Write a searchable copy of a scanned PDF: its pages untouched, with the text OCR read placed over them as an invisible layer.</source>
        <translation>Écrire une copie interrogeable d&apos;un PDF numérisé : ses pages intactes, avec le texte lu par l&apos;OCR posé dessus en calque invisible.</translation>
    </message>
    <message>
        <source>Write a copy of a document whose pages OCR read (casebinder-cli ocr), with the recognised words drawn invisibly (render mode 3) over each page, as OCRmyPDF does: the pages look exactly as the original&apos;s, and PDF readers can search and copy the text. The original in the case is not changed. OUT is written whole or not at all.</source>
        <translation>Écrire une copie d&apos;un document dont l&apos;OCR a lu les pages (casebinder-cli ocr), avec les mots reconnus tracés de façon invisible (mode de rendu 3) sur chaque page, comme le fait OCRmyPDF : les pages ont exactement l&apos;aspect de l&apos;original, et les lecteurs PDF peuvent rechercher et copier le texte. L&apos;original du dossier n&apos;est pas modifié. OUT est écrit en entier ou pas du tout.</translation>
    </message>
    <message>
        <source>The document (a PDF whose pages were recognised).</source>
        <translation>Le document (un PDF dont les pages ont été reconnues).</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>Le PDF à écrire.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Écrit : %1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Option inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Options inconnues : %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Valeur manquante après « %1 ».</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Valeur inattendue après « %1 ».</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Afficher l&apos;aide sur les options de la ligne de commande.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments :</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation : %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Afficher l&apos;aide, y compris les options propres à Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Afficher les informations de version.</translation>
    </message>
</context>
</TS>
