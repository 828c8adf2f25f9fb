<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>CaseStorage</name>
    <message>
        <source>%1 is on a network file system (%2), where SQLite&apos;s shared-memory journal (WAL) is not safe.</source>
        <translation>%1 se trouve sur un système de fichiers réseau (%2), où le journal en mémoire partagée de SQLite (WAL) n&apos;est pas sûr.</translation>
    </message>
    <message>
        <source>The case still uses WAL: open it for writing once, while no other program has it open, and Casebinder switches it to a rollback journal.</source>
        <translation>Le dossier utilise encore le WAL : ouvrez-le une fois en écriture, pendant qu&apos;aucun autre programme ne l&apos;a ouvert, et Casebinder le fera passer à un journal de restauration.</translation>
    </message>
    <message>
        <source>Casebinder uses a rollback journal for this case: saving is slower, and the case must never be open on two computers at the same time.</source>
        <translation>Casebinder utilise un journal de restauration pour ce dossier : l&apos;enregistrement est plus lent, et le dossier ne doit jamais être ouvert sur deux ordinateurs à la fois.</translation>
    </message>
    <message>
        <source>To work safely, copy the case to a local disk (File &gt; Save a Copy) and work on the copy. Working on one case with colleagues at the same time needs the Casebinder team server, which is not available yet.</source>
        <translation>Pour travailler en sécurité, copiez le dossier sur un disque local (Fichier &gt; Enregistrer une copie) et travaillez sur la copie. Travailler à plusieurs sur un même dossier au même moment nécessite le serveur d&apos;équipe Casebinder, qui n&apos;est pas encore disponible.</translation>
    </message>
</context>
<context>
    <name>Casebinder::Assessment</name>
    <message>
        <source>1 item</source>
        <translation>1 preuve</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 preuves</translation>
    </message>
    <message>
        <source>the evidence against weighs more</source>
        <translation>les preuves contraires pèsent davantage</translation>
    </message>
    <message>
        <source>evenly balanced</source>
        <translation>à égalité</translation>
    </message>
    <message>
        <source>the support weighs more</source>
        <translation>les preuves à l&apos;appui pèsent davantage</translation>
    </message>
    <message>
        <source>; %1 against not weighed (disputed or unverified)</source>
        <translation> ; %1 contre, non pesé(s) (contesté(s) ou non vérifié(s))</translation>
    </message>
    <message>
        <source>; %1 against not counted (disputed or unverified)</source>
        <translation> ; %1 contre, non compté(s) (contesté(s) ou non vérifié(s))</translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation>non établi</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>contesté</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>établi</translation>
    </message>
    <message>
        <source>an element or factor without solid support</source>
        <translation>un élément ou critère sans appui solide</translation>
    </message>
    <message>
        <source>no supporting evidence</source>
        <translation>aucune preuve à l’appui</translation>
    </message>
    <message>
        <source>only disputed support</source>
        <translation>appui uniquement contesté</translation>
    </message>
    <message>
        <source>supported: support %1, nothing solid against</source>
        <translation>établi : appui %1, rien de solide contre</translation>
    </message>
    <message>
        <source>supported: %1 for, none against</source>
        <translation>établi : %1 pour, aucun contre</translation>
    </message>
    <message>
        <source>contested: support %1 vs against %2, %3</source>
        <translation>contesté : appui %1 contre %2, %3</translation>
    </message>
    <message>
        <source>contested: %1 for, %2 against</source>
        <translation>contesté : %1 pour, %2 contre</translation>
    </message>
    <message>
        <source>unsupported: no supporting evidence</source>
        <translation>non établi : aucune preuve à l’appui</translation>
    </message>
    <message>
        <source>unsupported: only disputed support (a disputed event or a quote not verified)</source>
        <translation>non établi : appui uniquement contesté (un événement contesté ou une citation non vérifiée)</translation>
    </message>
    <message>
        <source>unsupported: the support is disputed or not verified</source>
        <translation>non établi : l&apos;appui est contesté ou non vérifié</translation>
    </message>
    <message>
        <source>; against %1</source>
        <translation> ; contre %1</translation>
    </message>
    <message>
        <source>; %1 against</source>
        <translation> ; %1 contre</translation>
    </message>
    <message>
        <source>evidence against the claim as a whole weighs %1</source>
        <translation>les preuves contraires à la prétention dans son ensemble pèsent %1</translation>
    </message>
    <message>
        <source>%1 against the claim as a whole</source>
        <translation>%1 contre la prétention dans son ensemble</translation>
    </message>
    <message>
        <source>supported: every element or factor has solid support and nothing solid against</source>
        <translation>établi : chaque élément ou critère a un appui solide et rien de solide ne le contredit</translation>
    </message>
    <message>
        <source>contested: every element or factor is supported, but %1</source>
        <translation>contesté : chaque élément ou critère est établi, mais %1</translation>
    </message>
    <message>
        <source>%1: weakest is “%2” (%3)</source>
        <translation>%1 : le plus faible est « %2 » (%3)</translation>
    </message>
    <message>
        <source>Ninth Circuit alternative (Alliance for the Wild Rockies v. Cottrell, 632 F.3d 1127, 1131–35 (9th Cir. 2011)): “serious questions” going to the merits and a balance of hardships that tips sharply toward the plaintiff can support an injunction, if the plaintiff also shows likely irreparable harm and that the injunction is in the public interest. The assessment weighs the evidence linked to each Winter factor; it does not decide whether the alternative test is met.</source>
        <translation>Alternative du Neuvième Circuit (Alliance for the Wild Rockies v. Cottrell, 632 F.3d 1127, 1131–35 (9th Cir. 2011)) : des « questions sérieuses » sur le fond et une balance des inconvénients penchant nettement en faveur du demandeur peuvent justifier une injonction, si le demandeur établit aussi un préjudice irréparable probable et que l&apos;injonction sert l&apos;intérêt public. L&apos;évaluation pèse les preuves liées à chaque critère Winter ; elle ne décide pas si le critère alternatif est rempli.</translation>
    </message>
</context>
<context>
    <name>Casebinder::BatesStore</name>
    <message>
        <source>There is no document to number: every document in the case already has Bates numbers.</source>
        <translation>Aucun document à numéroter : chaque document du dossier a déjà des numéros Bates.</translation>
    </message>
    <message>
        <source>Document %1 is named twice; each document is numbered once.</source>
        <translation>Le document %1 est cité deux fois ; chaque document n&apos;est numéroté qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Cannot number document %1: there is no such document.</source>
        <translation>Impossible de numéroter le document %1 : ce document n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot number %1: it already has the Bates number %2, and a document keeps the numbers it was given; leave it out.</source>
        <translation>Impossible de numéroter %1 : il porte déjà le numéro Bates %2, et un document garde les numéros qui lui ont été donnés ; laissez-le de côté.</translation>
    </message>
    <message>
        <source>%1 pages from %2 run past %3 digits; use more digits.</source>
        <translation>%1 pages à partir de %2 dépassent %3 chiffres ; utilisez plus de chiffres.</translation>
    </message>
    <message>
        <source>The Bates number %1 is already used: %2 is numbered %3. The new numbers would run %4–%5.</source>
        <translation>Le numéro Bates %1 est déjà utilisé : %2 porte le numéro %3. Les nouveaux numéros iraient de %4 à %5.</translation>
    </message>
    <message>
        <source>Starting at %1 would leave a gap in the %2 numbers: the highest one used is %3 (%4). Start at %5.</source>
        <translation>Commencer à %1 laisserait un trou dans les numéros %2 : le plus élevé déjà utilisé est %3 (%4). Commencez à %5.</translation>
    </message>
    <message>
        <source>Cannot store the Bates number %1: another page already has it.</source>
        <translation>Impossible d&apos;enregistrer le numéro Bates %1 : une autre page le porte déjà.</translation>
    </message>
    <message>
        <source>Cannot number document %1: it is no longer in the case.</source>
        <translation>Impossible de numéroter le document %1 : il ne fait plus partie du dossier.</translation>
    </message>
    <message>
        <source>Document %1 is not in the case.</source>
        <translation>Le document %1 ne fait pas partie du dossier.</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>document %1</translation>
    </message>
    <message>
        <source>document %1 (“%2”)</source>
        <translation>document %1 (« %2 »)</translation>
    </message>
    <message>
        <source>A Bates prefix is needed (e.g. PARLER).</source>
        <translation>Un préfixe Bates est nécessaire (par ex. PARLER).</translation>
    </message>
    <message>
        <source>The Bates prefix “%1” may hold only letters, digits, ‘-’, ‘_’ and ‘.’.</source>
        <translation>Le préfixe Bates « %1 » ne peut contenir que des lettres, des chiffres, « - », « _ » et « . ».</translation>
    </message>
    <message>
        <source>The Bates prefix “%1” ends in a digit, so its numbers could not be read back; end it with a letter or a separator (e.g. %1-).</source>
        <translation>Le préfixe Bates « %1 » se termine par un chiffre : ses numéros ne pourraient pas être relus ; terminez-le par une lettre ou un séparateur (par ex. %1-).</translation>
    </message>
    <message>
        <source>Bates numbers have 1 to %1 digits, not %2.</source>
        <translation>Les numéros Bates ont de 1 à %1 chiffres, pas %2.</translation>
    </message>
    <message>
        <source>The start number %1 does not fit in %2 digit(s).</source>
        <translation>Le numéro de départ %1 ne tient pas en %2 chiffre(s).</translation>
    </message>
</context>
<context>
    <name>Casebinder::CaseCommand</name>
    <message>
        <source>Assign Bates numbers</source>
        <translation>Attribuer des numéros Bates</translation>
    </message>
    <message>
        <source>Assign Bates numbers %1–%2</source>
        <translation>Attribuer les numéros Bates %1–%2</translation>
    </message>
    <message>
        <source>The document %1 does not exist.</source>
        <translation>Le document %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The post %1 does not exist.</source>
        <translation>La publication %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>Casebinder::CaseCopyJob</name>
    <message>
        <source>Copying and verifying the case</source>
        <translation>Copie et vérification du dossier</translation>
    </message>
</context>
<context>
    <name>Casebinder::CaseDocument</name>
    <message>
        <source>redo “%1”</source>
        <translation>rétablir « %1 »</translation>
    </message>
    <message>
        <source>undo “%1”</source>
        <translation>annuler « %1 »</translation>
    </message>
    <message>
        <source>Could not %1: the case is busy (an import or another program is writing to it). Nothing was changed; try again when it has finished.</source>
        <translation>Impossible de %1 : le dossier est occupé (une importation ou un autre programme y écrit). Rien n&apos;a été modifié ; réessayez quand ce sera terminé.</translation>
    </message>
    <message>
        <source>Could not %1; nothing was changed: %2</source>
        <translation>Impossible de %1 ; rien n&apos;a été modifié : %2</translation>
    </message>
    <message>
        <source>The case is open read-only; it cannot be changed.</source>
        <translation>Le dossier est ouvert en lecture seule ; il ne peut pas être modifié.</translation>
    </message>
</context>
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
    <message>
        <source>Undisputed</source>
        <translation>Non contesté</translation>
    </message>
    <message>
        <source>Disputed by a party</source>
        <translation>Contesté par une partie</translation>
    </message>
    <message>
        <source>Assessed as undisputed</source>
        <translation>Évalué comme non contesté</translation>
    </message>
    <message>
        <source>Not assessed: nobody has said whether it is disputed</source>
        <translation>Non évalué : personne n&apos;a indiqué s&apos;il est contesté</translation>
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
    <message>
        <source>unsupported</source>
        <translation>non établi</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>contesté</translation>
    </message>
    <message>
        <source>contested (%1 vs %2)</source>
        <translation>contesté (%1 contre %2)</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>établi</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>prétention</translation>
    </message>
    <message>
        <source>element</source>
        <translation>élément</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>critère</translation>
    </message>
    <message>
        <source>open</source>
        <comment>claim status</comment>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>established</source>
        <comment>claim status</comment>
        <translation>établie</translation>
    </message>
    <message>
        <source>disputed</source>
        <comment>claim status</comment>
        <translation>contestée</translation>
    </message>
    <message>
        <source>conceded</source>
        <comment>claim status</comment>
        <translation>concédée</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <comment>claim status</comment>
        <translation>retirée</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
</context>
<context>
    <name>Casebinder::Commands</name>
    <message>
        <source>Link to Docket Entry</source>
        <translation>Lier à une entrée du registre</translation>
    </message>
    <message>
        <source>No docket in the case has an entry %1.</source>
        <translation>Aucun registre du dossier n&apos;a d&apos;entrée %1.</translation>
    </message>
    <message>
        <source>Unlink from Docket Entry</source>
        <translation>Délier de l&apos;entrée du registre</translation>
    </message>
    <message>
        <source>Document %1 is not linked to a docket entry.</source>
        <translation>Le document %1 n&apos;est lié à aucune entrée du registre.</translation>
    </message>
</context>
<context>
    <name>Casebinder::DisplayLanguage</name>
    <message>
        <source>&quot;%1&quot; is not a language Casebinder has; use one of: %2.</source>
        <translation>« %1 » n&apos;est pas une langue de Casebinder ; utilisez l&apos;une de celles-ci : %2.</translation>
    </message>
    <message>
        <source>The %1 translation is missing from this build.</source>
        <translation>La traduction %1 manque dans cette version.</translation>
    </message>
</context>
<context>
    <name>Casebinder::DocketEntriesModel</name>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
    <message>
        <source>not in the case</source>
        <translation>absent du dossier</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Déposé le</translation>
    </message>
    <message>
        <source>Docket text</source>
        <translation>Texte de l&apos;entrée</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>Acte de procédure</translation>
    </message>
    <message>
        <source>Docket</source>
        <translation>Registre</translation>
    </message>
</context>
<context>
    <name>Casebinder::DocumentStore</name>
    <message>
        <source>&quot;%1&quot; is not a date a document can carry (%2). Write a day (2021-01-10), a month (2018-06) or a year, optionally &quot;circa&quot; or a range (2021-01..2021-09).</source>
        <translation>« %1 » n&apos;est pas une date qu&apos;un document peut porter (%2). Indiquez un jour (2021-01-10), un mois (2018-06) ou une année, éventuellement « circa » ou une période (2021-01..2021-09).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a document&apos;s date has no time of day.</source>
        <translation>« %1 » : la date d&apos;un document ne comporte pas d&apos;heure.</translation>
    </message>
    <message>
        <source>source not recorded</source>
        <translation>source non enregistrée</translation>
    </message>
    <message>
        <source>entered by a user</source>
        <translation>saisie par un utilisateur</translation>
    </message>
    <message>
        <source>production manifest</source>
        <translation>manifeste de production</translation>
    </message>
    <message>
        <source>the e-mail’s Date header</source>
        <translation>l&apos;en-tête Date du courriel</translation>
    </message>
    <message>
        <source>docket entry</source>
        <translation>entrée du registre</translation>
    </message>
    <message>
        <source>load file</source>
        <translation>fichier de chargement</translation>
    </message>
    <message>
        <source>Attorney–client privilege</source>
        <translation>Secret professionnel de l&apos;avocat (attorney–client privilege)</translation>
    </message>
    <message>
        <source>Work product</source>
        <translation>Work product (documents préparés en vue du litige)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
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
    <name>Casebinder::EnrichmentJob</name>
    <message>
        <source>%1, page %2</source>
        <translation>%1, page %2</translation>
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
    <name>Casebinder::EventDate</name>
    <message>
        <source>circa %1</source>
        <extracomment>An approximate date: &quot;circa Nov 2020&quot;.</extracomment>
        <translation>vers %1</translation>
    </message>
</context>
<context>
    <name>Casebinder::Export::ExportJob</name>
    <message>
        <source>Exporting</source>
        <translation>Exportation</translation>
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
    <message>
        <source>building the sample case</source>
        <translation>construction du dossier d&apos;exemple</translation>
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
    <name>Casebinder::Ocr</name>
    <message>
        <source>Recognising text</source>
        <translation>Reconnaissance du texte</translation>
    </message>
</context>
<context>
    <name>Casebinder::Ocr::SearchableCopy</name>
    <message>
        <source>Cannot make a searchable copy of %1: the PDF is encrypted with a password.</source>
        <translation>Impossible de faire une copie interrogeable de %1 : le PDF est chiffré par un mot de passe.</translation>
    </message>
    <message>
        <source>Cannot make a searchable copy of %1: the PDF is damaged and qpdf cannot read it.</source>
        <translation>Impossible de faire une copie interrogeable de %1 : le PDF est endommagé et qpdf ne peut pas le lire.</translation>
    </message>
    <message>
        <source>Cannot make a searchable copy of %1: the PDF is encrypted, and a copy would have to drop or re-create its encryption.</source>
        <translation>Impossible de faire une copie interrogeable de %1 : le PDF est chiffré, et une copie devrait supprimer ou recréer son chiffrement.</translation>
    </message>
    <message>
        <source>Cannot make a searchable copy of %1: page %2 has no valid MediaBox.</source>
        <translation>Impossible de faire une copie interrogeable de %1 : la page %2 n&apos;a pas de MediaBox valide.</translation>
    </message>
    <message>
        <source>Cannot make a searchable copy of %1: the PDF is damaged (qpdf had to rebuild its cross-reference table, so a copy might not show what the original shows).</source>
        <translation>Impossible de faire une copie interrogeable de %1 : le PDF est endommagé (qpdf a dû reconstruire sa table de références croisées, une copie pourrait donc ne pas montrer ce que montre l&apos;original).</translation>
    </message>
    <message>
        <source>Cannot make a searchable copy of %1: it is %2, not a PDF.</source>
        <translation>Impossible de faire une copie interrogeable de %1 : c&apos;est un fichier %2, pas un PDF.</translation>
    </message>
    <message>
        <source>Cannot make a searchable copy of %1: none of its pages has recognised text (Document ▸ Recognise Text, or casebinder-cli ocr).</source>
        <translation>Impossible de faire une copie interrogeable de %1 : aucune de ses pages n&apos;a de texte reconnu (Document ▸ Reconnaître le texte, ou casebinder-cli ocr).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Casebinder::PinCite</name>
    <message>
        <source>no record cite</source>
        <translation>sans référence au dossier</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, p. %2</translation>
    </message>
    <message>
        <source>Post #%1</source>
        <translation>Publication n° %1</translation>
    </message>
    <message>
        <source>Post %1</source>
        <translation>Publication %1</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Événement : %1</translation>
    </message>
    <message>
        <source>Event: %1 (%2)</source>
        <translation>Événement : %1 (%2)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>%1 post</source>
        <translation>Publication %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <extracomment>&quot;Parler post by @handle&quot;</extracomment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>identifiant %1</translation>
    </message>
    <message>
        <source>post #%1 in this case</source>
        <translation>publication n° %1 de ce dossier</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>importation %1</translation>
    </message>
</context>
<context>
    <name>Casebinder::PostIdsJob</name>
    <message>
        <source>Filtering posts</source>
        <translation>Filtrage des publications</translation>
    </message>
</context>
<context>
    <name>Casebinder::PostLabel</name>
    <message>
        <source>undated</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Post #%1</source>
        <translation>Publication n° %1</translation>
    </message>
</context>
<context>
    <name>Casebinder::PostsModel</name>
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
    <message>
        <source>removed</source>
        <comment>post status</comment>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>up</source>
        <comment>post status: still online</comment>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>post status</comment>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>Casebinder::PrivilegeLog</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Control no. %1</source>
        <translation>N° de contrôle %1</translation>
    </message>
    <message>
        <source>Work product</source>
        <translation>Work product (documents préparés en vue du litige)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation>Caviardé</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Cci</translation>
    </message>
    <message>
        <source>Cannot write the privilege log.</source>
        <translation>Impossible d&apos;écrire le journal des pièces couvertes par le secret.</translation>
    </message>
    <message>
        <source>Privilege Log</source>
        <translation>Journal des pièces couvertes par le secret</translation>
    </message>
    <message>
        <source>1 document withheld on a claim of privilege</source>
        <translation>1 document retenu au titre du secret professionnel</translation>
    </message>
    <message>
        <source>%1 documents withheld on a claim of privilege</source>
        <translation>%1 documents retenus au titre du secret professionnel</translation>
    </message>
    <message>
        <source> · Fed. R. Civ. P. 26(b)(5)(A)</source>
        <translation> · Fed. R. Civ. P. 26(b)(5)(A)</translation>
    </message>
    <message>
        <source>No document in this case is marked privileged.</source>
        <translation>Aucun document de ce dossier n&apos;est marqué comme couvert par le secret.</translation>
    </message>
    <message>
        <source>Nothing is withheld on a claim of privilege, so the log has no entries.</source>
        <translation>Rien n&apos;est retenu au titre du secret professionnel : le journal n&apos;a donc aucune entrée.</translation>
    </message>
    <message>
        <source>Log no.</source>
        <translation>N° au journal</translation>
    </message>
    <message>
        <source>Bates / control no.</source>
        <translation>N° Bates / de contrôle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Privilege asserted</source>
        <translation>Secret invoqué</translation>
    </message>
    <message>
        <source>Description of subject matter</source>
        <translation>Description de l&apos;objet</translation>
    </message>
    <message>
        <source>Withheld or redacted</source>
        <translation>Retenu ou caviardé</translation>
    </message>
    <message>
        <source>unknown (not described)</source>
        <translation>inconnu (non décrit)</translation>
    </message>
    <message>
        <source>Each document listed is withheld in full on the privilege asserted. Dates are the documents’ own dates at the precision known; authors and recipients are those the documents state (an e-mail’s headers). “Unknown” means the case does not record the value; nothing here is inferred. A document without a Bates number is identified by its control number in this case.</source>
        <translation>Chaque document listé est retenu en entier au titre du secret invoqué. Les dates sont celles des documents eux-mêmes, à la précision connue ; les auteurs et destinataires sont ceux qu&apos;indiquent les documents (les en-têtes d&apos;un courriel). « Inconnu » signifie que le dossier n&apos;enregistre pas la valeur ; rien n&apos;est déduit ici. Un document sans numéro Bates est identifié par son numéro de contrôle dans ce dossier.</translation>
    </message>
    <message>
        <source>Not ready to serve: %1 of %2 entries lack the privilege asserted or a description (shaded). Rule 26(b)(5)(A) requires both; set them with document set --privilege-basis / --privilege-description or in the inspector.</source>
        <translation>Pas prêt à être signifié : %1 des %2 entrées n&apos;indiquent pas le secret invoqué ou une description (grisées). La règle 26(b)(5)(A) exige les deux ; renseignez-les avec document set --privilege-basis / --privilege-description ou dans l&apos;inspecteur.</translation>
    </message>
    <message>
        <source>Attorney–client</source>
        <translation>Secret professionnel de l&apos;avocat (attorney–client)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Text document</source>
        <translation>Document texte</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Feuille de calcul</translation>
    </message>
    <message>
        <source>Word-processing document</source>
        <translation>Document de traitement de texte</translation>
    </message>
</context>
<context>
    <name>Casebinder::Production</name>
    <message>
        <source>%1: there is no page image to write.</source>
        <translation>%1 : il n&apos;y a aucune image de page à écrire.</translation>
    </message>
    <message>
        <source>%1: cannot make a temporary file for the TIFF.</source>
        <translation>%1 : impossible de créer un fichier temporaire pour le TIFF.</translation>
    </message>
    <message>
        <source>%1: cannot write the Group IV TIFF (%2).</source>
        <translation>%1 : impossible d&apos;écrire le TIFF Groupe IV (%2).</translation>
    </message>
    <message>
        <source>libtiff cannot open it</source>
        <translation>libtiff ne peut pas l&apos;ouvrir</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>its directory</source>
        <translation>son répertoire</translation>
    </message>
    <message>
        <source>%1: cannot read the TIFF back.</source>
        <translation>%1 : impossible de relire le TIFF.</translation>
    </message>
    <message>
        <source>%1: cannot write the page as JPEG.</source>
        <translation>%1 : impossible d&apos;écrire la page en JPEG.</translation>
    </message>
    <message>
        <source>Cannot render %1 as page images: Poppler cannot open its PDF.</source>
        <translation>Impossible de rendre %1 en images de pages : Poppler ne peut pas ouvrir son PDF.</translation>
    </message>
    <message>
        <source>Cannot render page %1 of %2 as an image.</source>
        <translation>Impossible de rendre la page %1 de %2 en image.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 de %2</translation>
    </message>
    <message>
        <source>The stamp cannot print “%1” (U+%2): a Bates stamp uses WinAnsi characters only (Latin letters, digits and common marks).</source>
        <translation>Le tampon ne peut pas imprimer « %1 » (U+%2) : un tampon Bates n&apos;utilise que des caractères WinAnsi (lettres latines, chiffres et signes courants).</translation>
    </message>
    <message>
        <source>Cannot stamp %1: the PDF is encrypted with a password.</source>
        <translation>Impossible de tamponner %1 : le PDF est chiffré par un mot de passe.</translation>
    </message>
    <message>
        <source>Cannot stamp %1: the PDF is damaged and qpdf cannot read it.</source>
        <translation>Impossible de tamponner %1 : le PDF est endommagé et qpdf ne peut pas le lire.</translation>
    </message>
    <message>
        <source>Cannot stamp %1: the PDF is encrypted. A stamped copy would have to drop or re-create its encryption; decrypt it with the producing party&apos;s consent and import the decrypted copy.</source>
        <translation>Impossible de tamponner %1 : le PDF est chiffré. Une copie tamponnée devrait supprimer ou recréer son chiffrement ; déchiffrez-le avec l&apos;accord de la partie qui l&apos;a produit et importez la copie déchiffrée.</translation>
    </message>
    <message>
        <source>Cannot stamp %1: the PDF has %2 page(s) but %3 Bates number(s) were assigned to it.</source>
        <translation>Impossible de tamponner %1 : le PDF a %2 page(s) mais %3 numéro(s) Bates lui ont été attribués.</translation>
    </message>
    <message>
        <source>Cannot stamp %1: page %2 has no Bates number.</source>
        <translation>Impossible de tamponner %1 : la page %2 n&apos;a pas de numéro Bates.</translation>
    </message>
    <message>
        <source>Cannot stamp %1: page %2 has no valid MediaBox.</source>
        <translation>Impossible de tamponner %1 : la page %2 n&apos;a pas de MediaBox valide.</translation>
    </message>
    <message>
        <source>Cannot stamp %1: the PDF is damaged (qpdf had to rebuild its cross-reference table, so a stamped copy might not show what the original shows).</source>
        <translation>Impossible de tamponner %1 : le PDF est endommagé (qpdf a dû reconstruire sa table de références croisées, une copie tamponnée pourrait donc ne pas montrer ce que montre l&apos;original).</translation>
    </message>
    <message>
        <source>Cannot make a PDF page of %1: it is not an image Casebinder can read.</source>
        <translation>Impossible de faire une page PDF de %1 : ce n&apos;est pas une image que Casebinder sait lire.</translation>
    </message>
    <message>
        <source>Cannot make a PDF page of %1: page %2 of the image cannot be read.</source>
        <translation>Impossible de faire une page PDF de %1 : la page %2 de l&apos;image ne peut pas être lue.</translation>
    </message>
    <message>
        <source>Cannot make a PDF page of %1: the image cannot be decoded.</source>
        <translation>Impossible de faire une page PDF de %1 : l&apos;image ne peut pas être décodée.</translation>
    </message>
    <message>
        <source>Cannot make a PDF page of %1.</source>
        <translation>Impossible de faire une page PDF de %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>The production was cancelled; nothing was written.</source>
        <translation>La production a été annulée ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The volume “%1” must be 1–64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting with a letter or digit (e.g. VOL001).</source>
        <translation>Le volume « %1 » doit compter de 1 à 64 lettres, chiffres, « - », « _ » ou « . », en commençant par une lettre ou un chiffre (par ex. VOL001).</translation>
    </message>
    <message>
        <source>No production folder was given.</source>
        <translation>Aucun répertoire de production n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder; a production needs a new or empty folder.</source>
        <translation>%1 existe et n&apos;est pas un répertoire ; une production a besoin d&apos;un répertoire nouveau ou vide.</translation>
    </message>
    <message>
        <source>%1 is not empty; a production is written to a new or empty folder, so nothing already there is mixed into it.</source>
        <translation>%1 n&apos;est pas vide ; une production s&apos;écrit dans un répertoire nouveau ou vide, afin que rien de ce qui s&apos;y trouve déjà ne s&apos;y mêle.</translation>
    </message>
    <message>
        <source>The folder %1 (where the production is to be written) does not exist.</source>
        <translation>Le répertoire %1 (où la production doit être écrite) n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is nothing to produce: no document in the case has a Bates number. Number them first (casebinder-cli bates assign CASE --prefix PREFIX).</source>
        <translation>Rien à produire : aucun document du dossier n&apos;a de numéro Bates. Numérotez-les d&apos;abord (casebinder-cli bates assign CASE --prefix PREFIX).</translation>
    </message>
    <message>
        <source>There is nothing to produce: no document has the tag “%1”.</source>
        <translation>Rien à produire : aucun document ne porte l&apos;étiquette « %1 ».</translation>
    </message>
    <message>
        <source>Cannot produce %1 document(s) without Bates numbers on every page: %2. Number them first (casebinder-cli bates assign CASE --prefix PREFIX --document ID).</source>
        <translation>Impossible de produire %1 document(s) sans numéro Bates sur chaque page : %2. Numérotez-les d&apos;abord (casebinder-cli bates assign CASE --prefix PREFIX --document ID).</translation>
    </message>
    <message>
        <source>Cannot make a working folder in %1.</source>
        <translation>Impossible de créer un répertoire de travail dans %1.</translation>
    </message>
    <message>
        <source>Cannot make %1 in %2.</source>
        <translation>Impossible de créer %1 dans %2.</translation>
    </message>
    <message>
        <source>Withheld — Privileged</source>
        <translation>Retenu — couvert par le secret</translation>
    </message>
    <message>
        <source>Produced in native format</source>
        <translation>Produit au format natif</translation>
    </message>
    <message>
        <source>%1 rendered as %2 page image(s), not %3.</source>
        <translation>%1 rendu en %2 image(s) de page, et non %3.</translation>
    </message>
    <message>
        <source>Two pages would both be written as %1 (the same Bates number); nothing was produced.</source>
        <translation>Deux pages seraient toutes deux écrites sous %1 (le même numéro Bates) ; rien n&apos;a été produit.</translation>
    </message>
    <message>
        <source>Privileged</source>
        <translation>Couvert par le secret</translation>
    </message>
    <message>
        <source>Cannot replace the empty folder %1.</source>
        <translation>Impossible de remplacer le répertoire vide %1.</translation>
    </message>
    <message>
        <source>Cannot move the finished production to %1.</source>
        <translation>Impossible de déplacer la production terminée vers %1.</translation>
    </message>
    <message>
        <source>document %1 (%2)</source>
        <translation>document %1 (%2)</translation>
    </message>
    <message>
        <source>document %1 (“%2”)</source>
        <translation>document %1 (« %2 »)</translation>
    </message>
    <message>
        <source>Cannot stamp %1: it has no pages (a native file is produced with a placeholder page instead).</source>
        <translation>Impossible de tamponner %1 : il n&apos;a pas de pages (un fichier natif est produit avec une page de substitution).</translation>
    </message>
    <message>
        <source>Cannot stamp %1: page %2 has no Bates number; number it first (bates assign).</source>
        <translation>Impossible de tamponner %1 : la page %2 n&apos;a pas de numéro Bates ; numérotez-la d&apos;abord (bates assign).</translation>
    </message>
    <message>
        <source>Cannot stamp %1: it is %2, not a PDF or an image.</source>
        <translation>Impossible de tamponner %1 : c&apos;est un fichier %2, ni un PDF ni une image.</translation>
    </message>
    <message>
        <source>Cannot write the stamped copy.</source>
        <translation>Impossible d&apos;écrire la copie tamponnée.</translation>
    </message>
</context>
<context>
    <name>Casebinder::Production::ProductionJob</name>
    <message>
        <source>Writing the production</source>
        <translation>Écriture de la production</translation>
    </message>
</context>
<context>
    <name>Casebinder::ProductionStore</name>
    <message>
        <source>There is no tag “%1” in this case.</source>
        <translation>Il n&apos;y a pas d&apos;étiquette « %1 » dans ce dossier.</translation>
    </message>
    <message>
        <source>There is no production %1 in this case.</source>
        <translation>Il n&apos;y a pas de production %1 dans ce dossier.</translation>
    </message>
    <message>
        <source>The production folder does not exist.</source>
        <translation>Le dossier de la production n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The case has no record of a production in this folder (none written to it, and no recorded volume matches its DATA load file).</source>
        <translation>Le dossier ne garde aucune trace d&apos;une production dans ce répertoire (aucune n&apos;y a été écrite, et aucun volume enregistré ne correspond à son fichier de chargement DATA).</translation>
    </message>
    <message>
        <source>%1 is missing (production %2, volume %3).</source>
        <translation>%1 est manquant (production %2, volume %3).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 has changed: it hashes to %2, the production recorded %3.</source>
        <translation>%1 a changé : son empreinte est %2, la production avait enregistré %3.</translation>
    </message>
    <message>
        <source>%1 is not part of the production (volume %2).</source>
        <translation>%1 ne fait pas partie de la production (volume %2).</translation>
    </message>
</context>
<context>
    <name>Casebinder::Report</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;exportation a été annulée.</translation>
    </message>
    <message>
        <source>There is no claim with id %1 in this case.</source>
        <translation>Il n&apos;y a pas de prétention d&apos;identifiant %1 dans ce dossier.</translation>
    </message>
    <message>
        <source>There is no tag named “%1” in this case.</source>
        <translation>Il n&apos;y a pas d&apos;étiquette nommée « %1 » dans ce dossier.</translation>
    </message>
    <message>
        <source>also marked %1</source>
        <translation>aussi cotée %1</translation>
    </message>
    <message>
        <source>numbered for this list</source>
        <translation>numérotée pour cette liste</translation>
    </message>
    <message>
        <source>label %1 shared, renumbered</source>
        <translation>cote %1 partagée, renumérotée</translation>
    </message>
    <message>
        <source>Cannot export to %1: it is the case file itself (or one of SQLite&apos;s files beside it); choose another name.</source>
        <translation>Impossible d&apos;exporter vers %1 : c&apos;est le fichier du dossier lui-même (ou l&apos;un des fichiers de SQLite à côté) ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot export to %1: it is a folder, not a file name.</source>
        <translation>Impossible d&apos;exporter vers %1 : c&apos;est un répertoire, pas un nom de fichier.</translation>
    </message>
    <message>
        <source>Cannot export to %1: the folder %2 does not exist.</source>
        <translation>Impossible d&apos;exporter vers %1 : le répertoire %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot export to %1: the folder %2 is not writable.</source>
        <translation>Impossible d&apos;exporter vers %1 : le répertoire %2 n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot export to %1: the file exists and is read-only.</source>
        <translation>Impossible d&apos;exporter vers %1 : le fichier existe et est en lecture seule.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>The export %1 was written, but it could not be recorded in the case.</source>
        <translation>L&apos;export %1 a été écrit, mais n&apos;a pas pu être enregistré dans le dossier.</translation>
    </message>
    <message>
        <source>Events from %1 to %2</source>
        <translation>Faits du %1 au %2</translation>
    </message>
    <message>
        <source>Events from %1</source>
        <translation>Faits à partir du %1</translation>
    </message>
    <message>
        <source>Events up to %1</source>
        <translation>Faits jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les faits</translation>
    </message>
    <message>
        <source>linked to claim %1</source>
        <translation>liés à la prétention %1</translation>
    </message>
    <message>
        <source>tagged “%1”</source>
        <translation>étiquetés « %1 »</translation>
    </message>
    <message>
        <source>only events assessed as undisputed</source>
        <translation>seulement les faits évalués comme non contestés</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 fait</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 faits</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contesté</translation>
    </message>
    <message>
        <source>Undisputed</source>
        <translation>Non contesté</translation>
    </message>
    <message>
        <source>1 citation to a privileged document was withheld from this export.</source>
        <translation>1 citation d&apos;un document couvert par le secret a été retenue de cet export.</translation>
    </message>
    <message>
        <source>%1 citations to privileged documents were withheld from this export.</source>
        <translation>%1 citations de documents couverts par le secret ont été retenues de cet export.</translation>
    </message>
    <message>
        <source>Chronology of Events</source>
        <translation>Chronologie des faits</translation>
    </message>
    <message>
        <source>No events match the selected filters.</source>
        <translation>Aucun fait ne correspond aux filtres choisis.</translation>
    </message>
    <message>
        <source>The case holds no event that matches: </source>
        <translation>Le dossier ne contient aucun fait correspondant : </translation>
    </message>
    <message>
        <source>. Change the date range, claim, tag or disputed-status filter to include events.</source>
        <translation>. Modifiez la période, la prétention, l&apos;étiquette ou le filtre de contestation pour inclure des faits.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Claims &amp; factors</source>
        <translation>Prétentions et critères</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>(untitled event)</source>
        <translation>(fait sans titre)</translation>
    </message>
    <message>
        <source>Asserted by: </source>
        <translation>Invoquée par : </translation>
    </message>
    <message>
        <source>Standard: </source>
        <translation>Critère juridique : </translation>
    </message>
    <message>
        <source>Status: </source>
        <translation>Statut : </translation>
    </message>
    <message>
        <source>Assessment: </source>
        <translation>Évaluation : </translation>
    </message>
    <message>
        <source>Supporting evidence</source>
        <translation>Preuves à l&apos;appui</translation>
    </message>
    <message>
        <source>Undermining evidence</source>
        <translation>Preuves contraires</translation>
    </message>
    <message>
        <source>The claim (it has no elements or factors)</source>
        <translation>La prétention (elle n&apos;a ni éléments ni critères)</translation>
    </message>
    <message>
        <source>The claim as a whole (evidence linked to the claim itself)</source>
        <translation>La prétention dans son ensemble (preuves liées à la prétention elle-même)</translation>
    </message>
    <message>
        <source>Context: </source>
        <translation>Contexte : </translation>
    </message>
    <message>
        <source>Nothing solid against the claim as a whole; the claim is assessed by its elements or factors.</source>
        <translation>Rien de solide contre la prétention dans son ensemble ; la prétention est évaluée par ses éléments ou critères.</translation>
    </message>
    <message>
        <source>Against the claim as a whole: weight %1. The claim is no stronger than its weakest element or factor, and this evidence keeps it from reading “supported”.</source>
        <translation>Contre la prétention dans son ensemble : poids %1. La prétention n&apos;est pas plus forte que son élément ou critère le plus faible, et ces preuves l&apos;empêchent d&apos;être « établie ».</translation>
    </message>
    <message>
        <source>Evidence against the claim as a whole: %1 %2. The claim is no stronger than its weakest element or factor, and this evidence keeps it from reading “supported”.</source>
        <translation>Preuves contre la prétention dans son ensemble : %1 %2. La prétention n&apos;est pas plus forte que son élément ou critère le plus faible, et ces preuves l&apos;empêchent d&apos;être « établie ».</translation>
    </message>
    <message>
        <source>item</source>
        <translation>preuve</translation>
    </message>
    <message>
        <source>items</source>
        <translation>preuves</translation>
    </message>
    <message>
        <source>None linked</source>
        <translation>Aucune preuve liée</translation>
    </message>
    <message>
        <source>  · weight %1</source>
        <translation>  · poids %1</translation>
    </message>
    <message>
        <source> · disputed</source>
        <translation> · contesté</translation>
    </message>
    <message>
        <source> ✓ verified</source>
        <translation> ✓ vérifiée</translation>
    </message>
    <message>
        <source> ✗ not found on the cited pages</source>
        <translation> ✗ introuvable dans les pages citées</translation>
    </message>
    <message>
        <source> (not checked)</source>
        <translation> (non vérifiée)</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Prétention</translation>
    </message>
    <message>
        <source>Claim Chart</source>
        <translation>Tableau des prétentions</translation>
    </message>
    <message>
        <source>1 claim</source>
        <translation>1 prétention</translation>
    </message>
    <message>
        <source>%1 claims</source>
        <translation>%1 prétentions</translation>
    </message>
    <message>
        <source>1 gap</source>
        <translation>1 lacune</translation>
    </message>
    <message>
        <source>%1 gaps</source>
        <translation>%1 lacunes</translation>
    </message>
    <message>
        <source>working copy: weights and quote checks shown, not for filing</source>
        <translation>copie de travail : poids et vérifications des citations affichés, à ne pas déposer</translation>
    </message>
    <message>
        <source>court copy</source>
        <translation>copie pour le tribunal</translation>
    </message>
    <message>
        <source>This case has no claims yet.</source>
        <translation>Ce dossier n&apos;a pas encore de prétentions.</translation>
    </message>
    <message>
        <source>Add claims (or create them from a template) and link evidence to their elements to build a claim chart.</source>
        <translation>Ajoutez des prétentions (ou créez-les à partir d&apos;un modèle) et liez des preuves à leurs éléments pour établir un tableau des prétentions.</translation>
    </message>
    <message>
        <source>The assessments weigh only the evidence this chart cites.</source>
        <translation>Les évaluations ne pèsent que les preuves citées par ce tableau.</translation>
    </message>
    <message>
        <source>1 quote that was not found in the stored text of its cited pages is left out of this copy; its pin cite stays. The working copy shows it.</source>
        <translation>1 citation introuvable dans le texte enregistré de ses pages citées est omise de cette copie ; sa référence reste. La copie de travail la montre.</translation>
    </message>
    <message>
        <source>%1 quotes that were not found in the stored text of their cited pages are left out of this copy; their pin cites stay. The working copy shows them.</source>
        <translation>%1 citations introuvables dans le texte enregistré de leurs pages citées sont omises de cette copie ; leurs références restent. La copie de travail les montre.</translation>
    </message>
    <message>
        <source>Assessment: an element or factor is unsupported when no solid evidence supports it, contested when solid evidence supports it and solid evidence undermines it, and supported when solid evidence supports it and nothing solid undermines it. Evidence that cites a disputed event, or a quote not verified against the cited pages, is not solid. A claim is no stronger than its weakest element or factor.</source>
        <translation>Évaluation : un élément ou critère est non établi quand aucune preuve solide ne l&apos;appuie, contesté quand des preuves solides l&apos;appuient et que des preuves solides le contredisent, et établi quand des preuves solides l&apos;appuient et que rien de solide ne le contredit. Une preuve qui cite un fait contesté, ou une citation non vérifiée dans les pages citées, n&apos;est pas solide. Une prétention n&apos;est pas plus forte que son élément ou critère le plus faible.</translation>
    </message>
    <message>
        <source> Contested items show the summed weights (1 weak to 5 strong) of the solid evidence on each side. Quotes marked ✓ were found in the stored text of the cited pages. Weights and quote checks are reviewer aids: file the court copy.</source>
        <translation> Les éléments contestés montrent la somme des poids (de 1, faible, à 5, fort) des preuves solides de chaque côté. Les citations marquées ✓ ont été trouvées dans le texte enregistré des pages citées. Poids et vérifications sont des aides pour la relecture : déposez la copie pour le tribunal.</translation>
    </message>
    <message>
        <source>Cannot write the exhibit list.</source>
        <translation>Impossible d&apos;écrire la liste des pièces.</translation>
    </message>
    <message>
        <source>Exhibit List</source>
        <translation>Liste des pièces</translation>
    </message>
    <message>
        <source>1 exhibit</source>
        <translation>1 pièce</translation>
    </message>
    <message>
        <source>%1 exhibits</source>
        <translation>%1 pièces</translation>
    </message>
    <message>
        <source>This case has no exhibits to list.</source>
        <translation>Ce dossier n&apos;a aucune pièce à lister.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Bates range</source>
        <translation>Plage Bates</translation>
    </message>
    <message>
        <source>Sponsoring witness</source>
        <translation>Témoin qui la produit</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offerte</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Objection</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Admise</translation>
    </message>
    <message>
        <source>Dates are the documents’ own dates at the precision known; a blank date is unknown. File metadata (such as a PDF’s creation date) is never used as a document’s date.</source>
        <translation>Les dates sont celles des documents eux-mêmes, à la précision connue ; une date vide est inconnue. Les métadonnées de fichier (comme la date de création d&apos;un PDF) ne servent jamais de date à un document.</translation>
    </message>
    <message>
        <source>1 privileged exhibit was withheld from this list.</source>
        <translation>1 pièce couverte par le secret a été retenue de cette liste.</translation>
    </message>
    <message>
        <source>%1 privileged exhibits were withheld from this list.</source>
        <translation>%1 pièces couvertes par le secret ont été retenues de cette liste.</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(suite)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exporté le %1</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>N° %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Hon. %1</source>
        <translation>Juge %1</translation>
    </message>
    <message>
        <source>Cannot start painting the PDF.</source>
        <translation>Impossible de commencer à dessiner le PDF.</translation>
    </message>
    <message>
        <source>Cannot add a page to the PDF.</source>
        <translation>Impossible d&apos;ajouter une page au PDF.</translation>
    </message>
    <message>
        <source>Cannot finish the PDF.</source>
        <translation>Impossible de terminer le PDF.</translation>
    </message>
    <message>
        <source>Cannot write the PDF.</source>
        <translation>Impossible d&apos;écrire le PDF.</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>%1 events — density per %2</source>
        <translation>%1 faits — densité par %2</translation>
    </message>
    <message>
        <source>dashed line: %1 per %2</source>
        <translation>ligne pointillée : %1 par %2</translation>
    </message>
    <message>
        <source>Events per %1</source>
        <translation>Faits par %1</translation>
    </message>
    <message>
        <source>Disputed share</source>
        <translation>Part contestée</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Approximate (circa)</source>
        <translation>Approximative (circa)</translation>
    </message>
    <message>
        <source>time with no event left out</source>
        <translation>périodes sans fait omises</translation>
    </message>
    <message>
        <source>Dates are shown at the precision the evidence supports; “circa” marks an approximate date, and times are local to the time zone shown. The status column shows whether an event is disputed only where that has been assessed; a blank status means not assessed. Disputed events are shaded and outlined in red on the timeline.</source>
        <translation>Les dates sont indiquées à la précision que permettent les preuves ; « circa » marque une date approximative, et les heures sont locales au fuseau indiqué. La colonne Statut n&apos;indique qu&apos;un fait est contesté que là où cela a été évalué ; un statut vide signifie non évalué. Les faits contestés sont grisés et cerclés de rouge sur la frise.</translation>
    </message>
    <message>
        <source>Axis in segments, each at its own scale (×4: four times as wide per day as ×1)</source>
        <translation>Axe en segments, chacun à sa propre échelle (×4 : quatre fois plus large par jour que ×1)</translation>
    </message>
</context>
<context>
    <name>Casebinder::SearchJob</name>
    <message>
        <source>Searching</source>
        <translation>Recherche</translation>
    </message>
</context>
<context>
    <name>Casebinder::SearchResultsModel</name>
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
    <name>Casebinder::Views::AssessmentWording</name>
    <message>
        <source>unsupported</source>
        <translation>non établi</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>contesté</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>établi</translation>
    </message>
    <message>
        <source>supported: support %1, nothing solid against</source>
        <translation>établi : appui %1, rien de solide contre</translation>
    </message>
    <message>
        <source>contested: support %1 vs against %2 — the evidence against weighs more</source>
        <translation>contesté : appui %1 contre %2 — les preuves contraires pèsent davantage</translation>
    </message>
    <message>
        <source>contested: support %1 vs against %2</source>
        <translation>contesté : appui %1 contre %2</translation>
    </message>
    <message>
        <source>unsupported: an element or factor has no solid support</source>
        <translation>non établi : un élément ou critère n&apos;a pas d&apos;appui solide</translation>
    </message>
    <message>
        <source>unsupported: no supporting evidence</source>
        <translation>non établi : aucune preuve à l’appui</translation>
    </message>
    <message>
        <source>unsupported: only disputed or unverified support</source>
        <translation>non établi : appui uniquement contesté ou non vérifié</translation>
    </message>
    <message>
        <source>%1; against %2</source>
        <translation>%1 ; contre %2</translation>
    </message>
    <message>
        <source>supported: every element has solid support and nothing solid against</source>
        <translation>établi : chaque élément a un appui solide et rien de solide ne le contredit</translation>
    </message>
    <message>
        <source>contested: every element is supported, but evidence against the claim as a whole weighs %1</source>
        <translation>contesté : chaque élément est établi, mais les preuves contraires à la prétention dans son ensemble pèsent %1</translation>
    </message>
    <message>
        <source>%1 — weakest: %2 (%3)</source>
        <translation>%1 — le plus faible : %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::BatesDialog</name>
    <message>
        <source>Assign Bates Numbers</source>
        <translation>Attribuer des numéros Bates</translation>
    </message>
    <message>
        <source>Every document in the case that has no Bates number yet.</source>
        <translation>Chaque document du dossier qui n&apos;a pas encore de numéro Bates.</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected document(s), in the order shown.</source>
        <translation>
            <numerusform>Le document sélectionné (%n), dans l&apos;ordre affiché.</numerusform>
            <numerusform>Les %n documents sélectionnés, dans l&apos;ordre affiché.</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documents :</translation>
    </message>
    <message>
        <source>e.g. PARLER</source>
        <translation>par ex. PARLER</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>&amp;Préfixe :</translation>
    </message>
    <message>
        <source>&amp;Start at:</source>
        <translation>&amp;Commencer à :</translation>
    </message>
    <message>
        <source>Zero padding: 6 digits write 1 as 000001.</source>
        <translation>Remplissage par des zéros : avec 6 chiffres, 1 s&apos;écrit 000001.</translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation>C&amp;hiffres :</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>Numéros :</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Attribuer</translation>
    </message>
    <message>
        <source>Type a prefix to see the numbers.</source>
        <translation>Saisissez un préfixe pour voir les numéros.</translation>
    </message>
    <message>
        <source>None: the numbers are refused.</source>
        <translation>Aucun : les numéros sont refusés.</translation>
    </message>
    <message>
        <source>None: every document already has a Bates number.</source>
        <translation>Aucun : chaque document a déjà un numéro Bates.</translation>
    </message>
    <message>
        <source>First: %1
Last: %2
%3 page(s) in %4 document(s)</source>
        <translation>Premier : %1
Dernier : %2
%3 page(s) dans %4 document(s)</translation>
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
    <message>
        <source>Docket</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Case navigator</source>
        <translation>Navigateur du dossier</translation>
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
        <source>Claims and their proof</source>
        <translation>Les prétentions et leurs preuves</translation>
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
    <message>
        <source>New Case…</source>
        <translation>Nouveau dossier…</translation>
    </message>
    <message>
        <source>Open Case…</source>
        <translation>Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>Import Files…</source>
        <translation>Importer des fichiers…</translation>
    </message>
    <message>
        <source>Creates a new case, then imports the files you choose into it</source>
        <translation>Crée un nouveau dossier, puis y importe les fichiers choisis</translation>
    </message>
    <message>
        <source>Open Sample Case</source>
        <translation>Ouvrir le dossier d&apos;exemple</translation>
    </message>
    <message>
        <source>A worked example: Parler LLC v. Amazon Web Services</source>
        <translation>Un exemple complet : Parler LLC v. Amazon Web Services</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent cases&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dossiers récents&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Start a case, open one, or look around the sample case first.</source>
        <translation>Créez un dossier, ouvrez-en un, ou explorez d&apos;abord le dossier d&apos;exemple.</translation>
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
    <message>
        <source>Timeline of events</source>
        <translation>Frise chronologique des faits</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
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
        <source>&lt;b&gt;Evidence&lt;/b&gt; for the selected element — drop a selection or a post on an element to link it</source>
        <translation>&lt;b&gt;Preuves&lt;/b&gt; de l&apos;élément sélectionné — déposez une sélection ou une publication sur un élément pour l&apos;y lier</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Portée</translation>
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
    <message>
        <source>contested (10 vs 20)</source>
        <translation>contesté (10 contre 20)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Proof matrix&lt;/b&gt; — elements without solid support are red, contested ones amber; each claim is no stronger than its weakest element</source>
        <translation>&lt;b&gt;Matrice de la preuve&lt;/b&gt; — les éléments sans appui solide sont en rouge, les éléments contestés en orange ; chaque prétention n&apos;est pas plus forte que son élément le plus faible</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>All elements and factors (roll-up)</source>
        <translation>Tous les éléments et critères (synthèse)</translation>
    </message>
    <message>
        <source>Assessment: &lt;span style=&quot;color:%1&quot;&gt;%2&lt;/span&gt;</source>
        <translation>Évaluation : &lt;span style=&quot;color:%1&quot;&gt;%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Claims and their proof</source>
        <translation>Les prétentions et leurs preuves</translation>
    </message>
    <message>
        <source>Claims and elements</source>
        <translation>Prétentions et éléments</translation>
    </message>
    <message>
        <source>Evidence for the selected claim or element</source>
        <translation>Preuves de la prétention ou de l&apos;élément sélectionné</translation>
    </message>
    <message>
        <source>Proof matrix</source>
        <translation>Matrice de la preuve</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::DocketView</name>
    <message>
        <source>Search the docket (number, date, text, filing)</source>
        <translation>Rechercher dans le registre (numéro, date, texte, acte)</translation>
    </message>
    <message>
        <source>Search the docket</source>
        <translation>Rechercher dans le registre</translation>
    </message>
    <message>
        <source>Show entries</source>
        <translation>Afficher les entrées</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Toutes les entrées</translation>
    </message>
    <message>
        <source>Filing in the case</source>
        <translation>Acte présent dans le dossier</translation>
    </message>
    <message>
        <source>Filing not in the case</source>
        <translation>Acte absent du dossier</translation>
    </message>
    <message>
        <source>Docket entries</source>
        <translation>Entrées du registre</translation>
    </message>
    <message>
        <source>Link Filing…</source>
        <translation>Lier un acte…</translation>
    </message>
    <message>
        <source>No docket in the case yet. Import a PACER docket report, a RECAP or CourtListener docket, or a notice of electronic filing.</source>
        <translation>Aucun registre dans le dossier pour l&apos;instant. Importez un registre PACER, un registre RECAP ou CourtListener, ou un avis de dépôt électronique.</translation>
    </message>
    <message>
        <source>Open Filing</source>
        <translation>Ouvrir l&apos;acte</translation>
    </message>
    <message>
        <source>Unlink Filing</source>
        <translation>Délier l&apos;acte</translation>
    </message>
    <message>
        <source>Link Filing</source>
        <translation>Lier un acte</translation>
    </message>
    <message>
        <source>The filing listed as Dkt. %1:</source>
        <translation>L&apos;acte inscrit comme Dkt. %1 :</translation>
    </message>
    <message>
        <source>Select a docket entry first.</source>
        <translation>Sélectionnez d&apos;abord une entrée du registre.</translation>
    </message>
    <message>
        <source>The selected entry has no filing linked.</source>
        <translation>L&apos;entrée sélectionnée n&apos;a aucun acte lié.</translation>
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
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Link Selection to Claim…</source>
        <translation>&amp;Lier la sélection à une prétention…</translation>
    </message>
    <message>
        <source>Recognise Text</source>
        <translation>Reconnaître le texte</translation>
    </message>
    <message>
        <source>Run OCR on the pages without text (Document ▸ Recognise Text)</source>
        <translation>Lancer l&apos;OCR sur les pages sans texte (Document ▸ Reconnaître le texte)</translation>
    </message>
    <message>
        <source>No text: needs OCR. Search, find and quotes cannot see this document until its text is recognised.</source>
        <translation>Pas de texte : OCR nécessaire. La recherche, la recherche dans le document et les citations ne voient pas ce document tant que son texte n&apos;est pas reconnu.</translation>
    </message>
    <message numerus="yes">
        <source>No text on %n of the pages: they need OCR.</source>
        <translation>
            <numerusform>Pas de texte sur %n page : elle nécessite l&apos;OCR.</numerusform>
            <numerusform>Pas de texte sur %n des pages : elles nécessitent l&apos;OCR.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recognised Text</source>
        <translation>Texte reconnu</translation>
    </message>
    <message>
        <source>Show the text OCR read on scanned pages</source>
        <translation>Afficher le texte lu par l&apos;OCR sur les pages numérisées</translation>
    </message>
    <message>
        <source>Image Only</source>
        <translation>Image seule</translation>
    </message>
    <message>
        <source>Text Beside the Page</source>
        <translation>Texte à côté de la page</translation>
    </message>
    <message>
        <source>Text Over the Page</source>
        <translation>Texte sur la page</translation>
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
    <name>Casebinder::Views::EvidencePreview</name>
    <message>
        <source>Select an item to preview it here; click it to open the page.</source>
        <translation>Sélectionnez un élément pour l&apos;aperçu ; cliquez dessus pour ouvrir la page.</translation>
    </message>
    <message>
        <source>Select an item to preview it here; double-click it or press Enter to open the page.</source>
        <translation>Sélectionnez un élément pour l&apos;aperçu ; double-cliquez dessus ou appuyez sur Entrée pour ouvrir la page.</translation>
    </message>
    <message>
        <source>(not found word for word on the cited pages)</source>
        <translation>(introuvable mot pour mot dans les pages citées)</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::EvidenceStyle</name>
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
        <source>Quote verified: found on the cited pages.</source>
        <translation>Citation vérifiée : trouvée dans les pages citées.</translation>
    </message>
    <message>
        <source>Quote not found on the cited pages.</source>
        <translation>Citation introuvable dans les pages citées.</translation>
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
    <message>
        <source>The language of the export’s headings, dates and cites</source>
        <translation>La langue des titres, des dates et des références de l&apos;export</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
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
    <message>
        <source>Working copy: show weights and quote checks</source>
        <translation>Copie de travail : afficher les poids et les vérifications des citations</translation>
    </message>
    <message>
        <source>Weights, the weighed balance of each assessment and the quote checks are reviewer aids. Leave this off for the court copy, which omits them (and any quote not found on its cited pages).</source>
        <translation>Les poids, la balance pesée de chaque évaluation et les vérifications des citations sont des aides pour la relecture. Laissez cette case décochée pour la copie destinée au tribunal, qui les omet (ainsi que toute citation introuvable dans ses pages citées).</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::ExportPreviewJob</name>
    <message>
        <source>The preview could not be rendered.</source>
        <translation>L&apos;aperçu n&apos;a pas pu être produit.</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::ExportPrivilegeLogDialog</name>
    <message>
        <source>Export Privilege Log</source>
        <translation>Exporter le journal des pièces couvertes par le secret</translation>
    </message>
    <message>
        <source>Privilege Log.pdf</source>
        <translation>Journal des pièces couvertes par le secret.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;CSV spreadsheets (*.csv)</source>
        <translation>Documents PDF (*.pdf);;Tableaux CSV (*.csv)</translation>
    </message>
    <message>
        <source>Every document marked privileged, with the basis and description set for it (Fed. R. Civ. P. 26(b)(5)(A)). Values the case does not hold are printed as unknown.</source>
        <translation>Chaque document marqué comme couvert par le secret, avec le fondement et la description qui lui sont attribués (Fed. R. Civ. P. 26(b)(5)(A)). Les valeurs que le dossier ne contient pas sont imprimées comme inconnues.</translation>
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
        <source>Preparing preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>No room for a preview file.</source>
        <translation>Pas de place pour le fichier d&apos;aperçu.</translation>
    </message>
    <message>
        <source>Only events assessed as undisputed</source>
        <translation>Seulement les faits évalués comme non contestés</translation>
    </message>
    <message>
        <source>Leaves out disputed events and events whose dispute status nobody has assessed.</source>
        <translation>Omet les faits contestés et ceux dont personne n&apos;a évalué le caractère contesté.</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::FindBar</name>
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
        <source>Next</source>
        <translation>Suivant</translation>
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
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>%1 of %2%3</source>
        <translation>%1 sur %2%3</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::ImageContentView</name>
    <message>
        <source>The image “%1” could not be decoded.</source>
        <translation>L&apos;image « %1 » n&apos;a pas pu être décodée.</translation>
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
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Add docket entries to the chronology</source>
        <translation>Ajouter les entrées du registre à la chronologie</translation>
    </message>
    <message>
        <source>Each dated entry of an imported docket becomes an event on its filing day, tagged Docket.</source>
        <translation>Chaque entrée datée d&apos;un registre importé devient un fait au jour de son dépôt, étiqueté Docket.</translation>
    </message>
    <message numerus="yes">
        <source>%n filing(s) linked to their docket entries.</source>
        <translation>
            <numerusform>%n acte lié à son entrée du registre.</numerusform>
            <numerusform>%n actes liés à leurs entrées du registre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n docket entries added to the chronology.</source>
        <translation>
            <numerusform>%n entrée du registre ajoutée à la chronologie.</numerusform>
            <numerusform>%n entrées du registre ajoutées à la chronologie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filing(s) could not be linked for certain (link them in the Docket view; hover for why).</source>
        <translation>
            <numerusform>%n acte n&apos;a pas pu être lié avec certitude (liez-le dans la vue Registre ; survolez pour savoir pourquoi).</numerusform>
            <numerusform>%n actes n&apos;ont pas pu être liés avec certitude (liez-les dans la vue Registre ; survolez pour savoir pourquoi).</numerusform>
        </translation>
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
        <source>No sources cited.</source>
        <translation>Aucune source citée.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>e.g. 34</source>
        <translation>par ex. 34</translation>
    </message>
    <message>
        <source>e.g. A or PX-12</source>
        <translation>par ex. A ou PX-12</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>e.g. 2021-01-09 or 2018-06</source>
        <translation>par ex. 2021-01-09 ou 2018-06</translation>
    </message>
    <message>
        <source>Bates from:</source>
        <translation>Bates du :</translation>
    </message>
    <message>
        <source>Bates to:</source>
        <translation>Bates au :</translation>
    </message>
    <message>
        <source>Sponsoring witness:</source>
        <translation>Témoin qui la produit :</translation>
    </message>
    <message>
        <source>Offered:</source>
        <translation>Offerte :</translation>
    </message>
    <message>
        <source>Objection:</source>
        <translation>Objection :</translation>
    </message>
    <message>
        <source>Admitted:</source>
        <translation>Admise :</translation>
    </message>
    <message>
        <source>Privilege asserted:</source>
        <translation>Secret invoqué :</translation>
    </message>
    <message>
        <source>attorney-client, work-product or other</source>
        <translation>attorney-client, work-product ou other</translation>
    </message>
    <message>
        <source>Privilege log description:</source>
        <translation>Description pour le journal :</translation>
    </message>
    <message>
        <source>the subject matter, without revealing it</source>
        <translation>l&apos;objet, sans le révéler</translation>
    </message>
    <message>
        <source>Edit and press Enter; Ctrl+Z undoes it.</source>
        <translation>Modifiez puis appuyez sur Entrée ; Ctrl+Z annule.</translation>
    </message>
    <message>
        <source>Click to open it</source>
        <translation>Cliquez pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open it</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>Unknown. Write 2021-01-09, 2018-06, 2018 or circa 2020-11.</source>
        <translation>Inconnue. Écrivez 2021-01-09, 2018-06, 2018 ou circa 2020-11.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>PDF created (file metadata):</source>
        <translation>PDF créé (métadonnées du fichier) :</translation>
    </message>
    <message>
        <source>PDF modified (file metadata):</source>
        <translation>PDF modifié (métadonnées du fichier) :</translation>
    </message>
    <message>
        <source>Repaired:</source>
        <translation>Réparé :</translation>
    </message>
    <message>
        <source>No — assessed as undisputed</source>
        <translation>Non — évalué comme non contesté</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Show Dkt. %1 of %2 on the docket</source>
        <translation>Afficher Dkt. %1 de %2 dans le registre</translation>
    </message>
    <message>
        <source>Docket:</source>
        <translation>Registre :</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An evidence link in the inspector: its stance, then what it cites (&quot;Supports: Dkt. 1&quot;).</extracomment>
        <translation>%1 : %2</translation>
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
    <message>
        <source>The quote could not be checked: %1</source>
        <translation>La citation n&apos;a pas pu être vérifiée : %1</translation>
    </message>
    <message>
        <source>Quote verified: found word for word on page %1 of the stored text.</source>
        <translation>Citation vérifiée : trouvée mot pour mot à la page %1 du texte enregistré.</translation>
    </message>
    <message>
        <source>Quote NOT FOUND: %1</source>
        <translation>Citation INTROUVABLE : %1</translation>
    </message>
    <message>
        <source>Save anyway, marked as an unverified quote</source>
        <translation>Enregistrer quand même, marquée comme citation non vérifiée</translation>
    </message>
    <message>
        <source>&amp;Link as Unverified</source>
        <translation>&amp;Lier comme non vérifiée</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::LoadFileMappingPanel</name>
    <message>
        <source>Fields of %1</source>
        <translation>Champs de %1</translation>
    </message>
    <message>
        <source>Reading a preview…</source>
        <translation>Lecture d&apos;un aperçu…</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Encoding %1%2; delimiter %3; qualifier %4; %5; %6 column(s).</source>
        <translation>Encodage %1%2 ; délimiteur %3 ; qualificateur %4 ; %5 ; %6 colonne(s).</translation>
    </message>
    <message>
        <source> (with a BOM)</source>
        <translation> (avec BOM)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>a header row</source>
        <translation>une ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>no header row (columns by number)</source>
        <translation>pas de ligne d&apos;en-tête (colonnes par numéro)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>No column is read as BEGBATES: the first column is taken as each record&apos;s control number.</source>
        <translation>Aucune colonne n&apos;est lue comme BEGBATES : la première colonne sert de numéro de contrôle à chaque enregistrement.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n record(s) are shown.</source>
        <translation>
            <numerusform>Le premier enregistrement (%n) est affiché.</numerusform>
            <numerusform>Les %n premiers enregistrements sont affichés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n record(s) are shown.</source>
        <translation>
            <numerusform>L&apos;unique enregistrement (%n) est affiché.</numerusform>
            <numerusform>Les %n enregistrements sont tous affichés.</numerusform>
        </translation>
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
    <message>
        <source>(no text: needs OCR)</source>
        <translation>(pas de texte : OCR nécessaire)</translation>
    </message>
    <message>
        <source>%1
No text: needs OCR (Document ▸ Recognise Text)</source>
        <translation>%1
Pas de texte : OCR nécessaire (Document ▸ Reconnaître le texte)</translation>
    </message>
    <message>
        <source>&amp;Privilege Log…</source>
        <translation>Journal des pièces couvertes par le &amp;secret…</translation>
    </message>
    <message>
        <source>P&amp;roduction…</source>
        <translation>P&amp;roduction…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;Recognise Text</source>
        <translation>&amp;Reconnaître le texte</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 copie</translation>
    </message>
    <message>
        <source>%1 copy %2</source>
        <translation>%1 copie %2</translation>
    </message>
    <message>
        <source>Save a Copy of the Case</source>
        <translation>Enregistrer une copie du dossier</translation>
    </message>
    <message>
        <source>Copying and verifying the case…</source>
        <translation>Copie et vérification du dossier…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>The copy was cancelled; no file was written.</source>
        <translation>La copie a été annulée ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Impossible d&apos;enregistrer une copie</translation>
    </message>
    <message>
        <source>Saved a verified copy: %1</source>
        <translation>Copie vérifiée enregistrée : %1</translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation>Copie enregistrée</translation>
    </message>
    <message>
        <source>The copy is verified and recorded in the case&apos;s custody log:
%1

SHA-256: %2</source>
        <translation>La copie est vérifiée et consignée dans la chaîne de conservation du dossier :
%1

SHA-256 : %2</translation>
    </message>
    <message>
        <source>⚠ On a network share (%1)</source>
        <translation>⚠ Sur un partage réseau (%1)</translation>
    </message>
    <message>
        <source>Case on a network share</source>
        <translation>Dossier sur un partage réseau</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample case&lt;/b&gt; — illustrative summaries, not the court record. Saved at &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;; Help ▸ Open Sample Case rebuilds it.</source>
        <translation>&lt;b&gt;Dossier d&apos;exemple&lt;/b&gt; — résumés illustratifs, pas le dossier du tribunal. Enregistré dans &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; ; Aide ▸ Ouvrir le dossier d&apos;exemple le reconstruit.</translation>
    </message>
    <message>
        <source>Cannot change the docket links</source>
        <translation>Impossible de modifier les liens avec le registre</translation>
    </message>
    <message>
        <source>Documents, dockets, load files and posts (*.pdf *.zip *.txt *.eml *.png *.jpg *.jpeg *.tif *.tiff *.csv *.json *.ndjson *.jsonl *.html *.htm *.xml *.acms_json *.dat *.opt *.lfp);;All files (*)</source>
        <translation>Documents, registres, fichiers de chargement et publications (*.pdf *.zip *.txt *.eml *.png *.jpg *.jpeg *.tif *.tiff *.csv *.json *.ndjson *.jsonl *.html *.htm *.xml *.acms_json *.dat *.opt *.lfp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>recognising text (OCR)</source>
        <translation>la reconnaissance du texte (OCR)</translation>
    </message>
    <message>
        <source>saving a copy of the case</source>
        <translation>l&apos;enregistrement d&apos;une copie du dossier</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>une importation</translation>
    </message>
    <message>
        <source>an export</source>
        <translation>une exportation</translation>
    </message>
    <message>
        <source>Quit Casebinder?</source>
        <translation>Quitter Casebinder ?</translation>
    </message>
    <message>
        <source>Still running: %1.

Quitting stops it; what it has not finished is not kept (an import is undone whole).</source>
        <translation>Toujours en cours : %1.

Quitter l&apos;arrête ; ce qui n&apos;est pas terminé n&apos;est pas conservé (une importation est annulée en entier).</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Import Production &amp;Folder…</source>
        <translation>Importer un &amp;répertoire de production…</translation>
    </message>
    <message>
        <source>Import a Production Volume</source>
        <translation>Importer un volume de production</translation>
    </message>
    <message>
        <source>Assign &amp;Bates Numbers…</source>
        <translation>Attribuer des numéros &amp;Bates…</translation>
    </message>
    <message>
        <source>Pages to &amp;Check…</source>
        <translation>Pages à &amp;vérifier…</translation>
    </message>
    <message>
        <source>Cannot list the pages to check</source>
        <translation>Impossible de lister les pages à vérifier</translation>
    </message>
    <message>
        <source>Save &amp;Searchable Copy…</source>
        <translation>Enregistrer une copie &amp;interrogeable…</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Document %1</translation>
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
    <name>Casebinder::Views::PageView</name>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::PagesToCheckDialog</name>
    <message>
        <source>Pages to Check</source>
        <translation>Pages à vérifier</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>non lue</translation>
    </message>
    <message>
        <source>Could not be read (%1, %2): %3</source>
        <translation>N&apos;a pas pu être lue (%1, %2) : %3</translation>
    </message>
    <message>
        <source>No words were recognised</source>
        <translation>Aucun mot n&apos;a été reconnu</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) read, less sure than the case&apos;s threshold</source>
        <translation>
            <numerusform>%n mot lu, avec une confiance inférieure au seuil du dossier</numerusform>
            <numerusform>%n mots lus, avec une confiance inférieure au seuil du dossier</numerusform>
        </translation>
    </message>
    <message>
        <source>Every recognised page was read with a confidence of %1 or more.</source>
        <translation>Chaque page reconnue a été lue avec une confiance de %1 ou plus.</translation>
    </message>
    <message>
        <source>%1 page(s) could not be read and %2 were read with a confidence below %3. Open a page to compare its image with the recognised text.</source>
        <translation>%1 page(s) n&apos;ont pas pu être lues et %2 ont été lues avec une confiance inférieure à %3. Ouvrez une page pour comparer son image au texte reconnu.</translation>
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
    <name>Casebinder::Views::PdfContentView</name>
    <message>
        <source>Page thumbnails</source>
        <translation>Vignettes des pages</translation>
    </message>
    <message>
        <source>Pages of the document</source>
        <translation>Pages du document</translation>
    </message>
    <message>
        <source>Recognised text of the current page</source>
        <translation>Texte reconnu de la page courante</translation>
    </message>
    <message>
        <source>OCR found no words on page %1.</source>
        <translation>L&apos;OCR n&apos;a trouvé aucun mot sur la page %1.</translation>
    </message>
    <message>
        <source>Page %1 was not recognised by OCR: its text is its own.</source>
        <translation>La page %1 n&apos;a pas été reconnue par OCR : son texte est le sien.</translation>
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
    <message>
        <source>Flagged posts</source>
        <translation>Publications signalées</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::ProductionDialog</name>
    <message>
        <source>Export Production</source>
        <translation>Exporter une production</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Un répertoire nouveau ou vide</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Répertoire :</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Volume :</translation>
    </message>
    <message>
        <source>Every document with a Bates number</source>
        <translation>Chaque document portant un numéro Bates</translation>
    </message>
    <message>
        <source>Documents with the tag:</source>
        <translation>Les documents portant l&apos;étiquette :</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>Nom de l&apos;étiquette</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documents :</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>Mention :</translation>
    </message>
    <message>
        <source>Optional: who receives it (kept in the case&apos;s record)</source>
        <translation>Facultatif : qui la reçoit (consigné dans le dossier)</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Destinataire :</translation>
    </message>
    <message>
        <source>Produce privileged documents</source>
        <translation>Produire les documents couverts par le secret</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; documents marked privileged will be produced in full (pages, text and natives) instead of being withheld behind a slip sheet. Producing them may waive the privilege.</source>
        <translation>&lt;b&gt;Attention :&lt;/b&gt; les documents marqués comme couverts par le secret seront produits en entier (pages, texte et natifs) au lieu d&apos;être retenus derrière une page d&apos;intercalaire. Les produire peut valoir renonciation au secret.</translation>
    </message>
    <message>
        <source>Produce</source>
        <translation>Produire</translation>
    </message>
    <message>
        <source>Where to Write the Production</source>
        <translation>Où écrire la production</translation>
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
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Produced %1 (%2–%3) in %4: %5 document(s), %6 withheld as privileged, %7 native; %8 file(s), recorded in the case.</source>
        <translation>Production %1 (%2–%3) écrite dans %4 : %5 document(s), %6 retenu(s) au titre du secret, %7 natif(s) ; %8 fichier(s), consignée dans le dossier.</translation>
    </message>
    <message>
        <source>Stopped; nothing was written.</source>
        <translation>Arrêté ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Stamped PDF per document</source>
        <translation>Un PDF tamponné par document</translation>
    </message>
    <message>
        <source>Single-page TIFF per page (Group IV, 300 dpi; JPEG for colour pages)</source>
        <translation>Un TIFF d&apos;une page par page (Groupe IV, 300 dpi ; JPEG pour les pages en couleur)</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Images :</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::RecognitionRunner</name>
    <message>
        <source>about a minute left</source>
        <translation>environ une minute restante</translation>
    </message>
    <message>
        <source>about %1 minutes left</source>
        <translation>environ %1 minutes restantes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop recognising text; the pages read so far are kept.</source>
        <translation>Arrêter la reconnaissance du texte ; les pages déjà lues sont conservées.</translation>
    </message>
    <message numerus="yes">
        <source>Recognised the text of %n page(s).</source>
        <translation>
            <numerusform>Texte reconnu sur %n page.</numerusform>
            <numerusform>Texte reconnu sur %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Text recognition stopped; %n page(s) were read and kept.</source>
        <translation>
            <numerusform>Reconnaissance du texte arrêtée ; %n page a été lue et conservée.</numerusform>
            <numerusform>Reconnaissance du texte arrêtée ; %n pages ont été lues et conservées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Text recognition failed: %1</source>
        <translation>La reconnaissance du texte a échoué : %1</translation>
    </message>
    <message>
        <source>Recognising text…</source>
        <translation>Reconnaissance du texte…</translation>
    </message>
    <message>
        <source>Recognising text: %1 of %2 pages</source>
        <translation>Reconnaissance du texte : %1 pages sur %2</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>%1, page %2: %3</source>
        <translation>%1, page %2 : %3</translation>
    </message>
    <message>
        <source>Recognised %1 page(s); %2 could not be read (%3).</source>
        <translation>Texte reconnu sur %1 page(s) ; %2 n&apos;ont pas pu être lues (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) that could not be read before were not tried again (Document ▸ Pages to Check lists them).</source>
        <translation>
            <numerusform>%n page qui n&apos;avait pas pu être lue n&apos;a pas été réessayée (Document ▸ Pages à vérifier la liste).</numerusform>
            <numerusform>%n pages qui n&apos;avaient pas pu être lues n&apos;ont pas été réessayées (Document ▸ Pages à vérifier les liste).</numerusform>
        </translation>
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
    <message>
        <source>%1 — press %2</source>
        <translation>%1 — touche %2</translation>
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
    <name>Casebinder::Views::SearchableCopy</name>
    <message>
        <source>Cannot save a searchable copy</source>
        <translation>Impossible d&apos;enregistrer une copie interrogeable</translation>
    </message>
    <message>
        <source>Select a scanned document in the case first.</source>
        <translation>Sélectionnez d&apos;abord un document numérisé du dossier.</translation>
    </message>
    <message>
        <source>Save Searchable Copy</source>
        <translation>Enregistrer une copie interrogeable</translation>
    </message>
    <message>
        <source> (searchable).pdf</source>
        <translation> (interrogeable).pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the searchable copy %1.</source>
        <translation>Copie interrogeable %1 enregistrée.</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::TextContentView</name>
    <message>
        <source>— Page %1 —</source>
        <translation>— Page %1 —</translation>
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
    <message>
        <source>Selected: %1, %2</source>
        <translation>Sélectionné : %1, %2</translation>
    </message>
</context>
<context>
    <name>Casebinder::Views::ViewerContentJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Add %1 “%2”</source>
        <translation>Ajouter %1 « %2 »</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>Move claim node</source>
        <translation>Déplacer un nœud de prétention</translation>
    </message>
    <message>
        <source>Delete claim node</source>
        <translation>Supprimer un nœud de prétention</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer « %1 »</translation>
    </message>
    <message>
        <source>Add claim from template “%1”</source>
        <translation>Ajouter une prétention du modèle « %1 »</translation>
    </message>
    <message>
        <source>Link evidence</source>
        <translation>Lier une preuve</translation>
    </message>
    <message>
        <source>Edit evidence link</source>
        <translation>Modifier un lien de preuve</translation>
    </message>
    <message>
        <source>Delete evidence link</source>
        <translation>Supprimer un lien de preuve</translation>
    </message>
    <message>
        <source>Verify quote</source>
        <translation>Vérifier une citation</translation>
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
