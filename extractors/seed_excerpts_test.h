// Excerpts of the seed documents (/work/shared/seeds), as exported to text:
// 001 comité syndical Nord-Pas-de-Calais Numérique (checkbox grid), 002 Hem,
// 003 Prémesques, 004 commission permanente du Pas-de-Calais. Shared by the
// attendance and votes tests.
#pragma once

namespace delib::testdata {

inline constexpr const char kSeed001Table[] = R"SEED(

DÉLIBÉRATION 2024 – 01

SYNDICAT MIXTE OUVERT « NORD-PAS-DE-CALAIS NUMÉRIQUE »

EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL

Objet : Adhésion des communes de la Métropole Européenne de Lille au Syndicat mixte au titre de sa compétence en matière de numérique éducatif

Le vingt-et-un février deux mille vingt-quatre, le comité syndical du Syndicat mixte ouvert Nord – Pas-de-Calais Numérique s’est réuni à Lille, dans les locaux du Conseil régional des Hauts-de-France, sur convocation en date du quinze février deux mille vingt-quatre, sous la présidence de M. Christophe COULON.

Collectivité	Membre	Présents	Absents	Excusés	Pouvoir à
Conseil régional des Hauts de France	Mme Valérie BIEGALSKI	<input type="checkbox"/>	<input type="checkbox"/>	<input checked="" type="checkbox"/>	M. COULON
	Mme Emilie BOMMART	<input type="checkbox"/>	<input type="checkbox"/>	<input checked="" type="checkbox"/>	M. HEUSELE
	M. Christophe COULON	<input checked="" type="checkbox"/>	<input type="checkbox"/>	<input type="checkbox"/>	
	M. Arnaud DECAGNY	<input type="checkbox"/>	<input type="checkbox"/>	<input checked="" type="checkbox"/>	
	M. Luc FOUTRY	<input type="checkbox"/>	<input type="checkbox"/>	<input checked="" type="checkbox"/>	
	M. Alban HEUSELE	<input checked="" type="checkbox"/>	<input type="checkbox"/>	<input type="checkbox"/>	
	M. Yvan HUTCHINSON	<input checked="" type="checkbox"/>	<input type="checkbox"/>	<input type="checkbox"/>	
	M. Jean-Michel MICHALAK	<input type="checkbox"/>	<input type="checkbox"/>	<input checked="" type="checkbox"/>	M. TETARD
	M. Ghislain TETARD	<input checked="" type="checkbox"/>	<input type="checkbox"/>	<input type="checkbox"/>	
	M. Benoît TIRMARCHE	<input checked="" type="checkbox"/>	<input type="checkbox"/>	<input type="checkbox"/>	
Département du Nord	M. Grégory BARTHOLOMEUS	<input checked="" type="checkbox"/>	<input type="checkbox"/>	<input type="checkbox"/>	M. DISSAUX
	M. Luc MONNET	<input checked="" type="checkbox"/>	<input type="checkbox"/>	<input type="checkbox"/>	
	Mme Marie-Hélène QUATREBOEUF	<input type="checkbox"/>	<input type="checkbox"/>	<input checked="" type="checkbox"/>	Mme VANPEENE
	M. Nicolas SIEGLER	<input type="checkbox"/>	<input type="checkbox"/>	<input checked="" type="checkbox"/>	M. MONNET
	Mme Anne VANPEENE	<input checked="" type="checkbox"/>	<input type="checkbox"/>	<input type="checkbox"/>	
Département du Pas-de-Calais	M. Claude BACHELET	<input checked="" type="checkbox"/>	<input type="checkbox"/>	<input type="checkbox"/>	
	M. Jean-Claude DISSAUX	<input type="checkbox"/>	<input type="checkbox"/>	<input checked="" type="checkbox"/>	
	Mme Bénédicte MESSEANNE-GROBELNY	<input type="checkbox"/>	<input type="checkbox"/>	<input checked="" type="checkbox"/>	
	Mme Véronique THIEBAUT	<input type="checkbox"/>	<input type="checkbox"/>	<input checked="" type="checkbox"/>	M. BACHELET
	Mme Sophie WAROT-LEMAIRE	<input type="checkbox"/>	<input type="checkbox"/>	<input checked="" type="checkbox"/>	
Collège ENT	M. André FIGOUREUX	<input checked="" type="checkbox"/>	<input type="checkbox"/>	<input type="checkbox"/>	
	M. Jean-Louis DAUCHY	<input checked="" type="checkbox"/>	<input type="checkbox"/>	<input type="checkbox"/>	
		11	0	11	7

Le quorum étant atteint, le comité syndical peut valablement délibérer.

Le comité syndical,)SEED";

inline constexpr const char kSeed001Vote[] = R"SEED(Article 4 : AUTORISE Monsieur le Président à signer tout document ainsi qu'à prendre toute mesure d'exécution de la présente délibération et notamment à procéder à la transmission de la délibération ainsi que du cahier des conditions techniques financières et administratives et de la convention conclue avec l'Académie de Lille aux communes concernées.

Adopté par :

- Voix pour : 28
- Voix contre : 0
- Abstentions : 0
- Suffrages exprimés : 28

Pour extrait conforme :

Le Président du Syndicat mixte,

M. Christophe COULON
)SEED";

inline constexpr const char kSeed002[] = R"SEED(**EXTRAIT DU REGISTRE DES DELIBERATIONS  
DU CONSEIL MUNICIPAL**

**L'AN DEUX MILLE VINGT-TROIS,  
Le sept décembre,**

Le Conseil Municipal s'est réuni à l'hôtel de Ville, sis 42 rue du Général Leclerc à Hem, sous la présidence de Monsieur Francis VERCAMER, Maire, à la suite de la convocation qui lui a été faite le 30 novembre et qui a été affichée à la porte de la mairie conformément à la loi.

-----  
*Nombre de conseillers en exercice : 33  
Délibération affichée en mairie le 15 décembre 2023*  
-----

**PRESENTS**

Francis VERCAMER, Maire,  
Ghislaine BUYCK, Jean-François LECLERCQ, Anne DASSONVILLE, Philippe SIBILLE,  
Blandine LEPLAT, Laurent PASTOUR, Saïd LAOUADI, Fabienne LEPERS, Adjoints au Maire,

Etienne DELEPAUT, Thérèse NOCLAIN, Barbara RUBIO COQUEMPOT, Fatima KARRAD,  
Kamel MAHTOUR, Sana EL AMRANI, Jean-Adrien MALAIZE, Conseillers délégués,

Chantal LAHARNAR, Bruno DUQUESNOY, Sabine HONORE, Emmanuelle GUILLAIN, Eugénie CARBON, Rafik BZIOUI, Christelle DUTRIAUX, Guillaume BOCQUET, Thibaut THIEFFRY, Anne-Charlotte DEMEULENAERE, Clémentine NOUQUERET, Conseillers,

Karima CHOUIA, Mathilde LOUCHART, Jacques DUPONT, Conseillers.

**ABSENTS EXCUSES**

Pascal NYS ayant donné procuration à Francis VERCAMER  
Jérôme MEERSEMAN ayant donné procuration à Saïd LAOUADI  
Gaëtan DECOSTER ayant donné procuration à Thibaut THIEFFRY

**Vu** les statuts du Syndicat Mixte Ouvert La fibre Numérique 59/62 tels que modifiés par délibération du 19 janvier 2022, et notamment l'article 4.2 relatif à la compétence du Syndicat en matière d'usages numériques/NTIC en matière de numérique éducatif ;
Aujourd'hui et pour éviter toute rupture de service de cet ENT, il convient pour la ville de Hem de poursuivre le portage financier et ainsi adhérer au SMO La Fibre Numérique 59/62 afin de pouvoir d'une part, bénéficier des tarifs préférentiels de son service mutualisé et d'autre part, pouvoir continuer à prendre en charge la solution ONE, porteuse de l'ENT des écoles publiques de Hem.

A l'unanimité, le Conseil Municipal décide d'autoriser Monsieur le Maire à :

- Transférer la compétence scolaire des Environnements Numériques de Travail (ENT) dans les écoles au syndicat mixte ouvert La Fibre Numérique 59/62 ;
- Décider que le transfert de cette compétence sera effectif sans délai et au plus tard dès le rendu exécutoire de la délibération concordante du syndicat mixte ouvert La Fibre Numérique 59/62 valant accord et adhésion de la commune de Hem et modification des annexes 1 et 2 de ses statuts ;
- Approuver les conditions techniques, administratives et financières d'exercice de la compétence « Usages numériques/NTIC en matière de numérique éducatif » par le syndicat ;
- Demander l'adhésion au Syndicat Mixte Ouvert La Fibre Numérique 59/62 ;
- Approuver les statuts du syndicat mixte ouvert La Fibre Numérique 59/62 ;
- Signer la convention d'adhésion au groupement de commande Syndicat mixte La Fibre Numérique 59/62 pour la compétence Espace Numérique de Travail dans les écoles, ainsi que tout document afférant à ce dossier ;
- Verser la ou les contribution(s) annuelle(s) obligatoire(s) au syndicat mixte ouvert La Fibre Numérique 59/62 ;
- Incrire les crédits au budget.

A l'unanimité, le conseil municipal désigne Fabienne LEPERS en tant que représentante de la ville qui siégera comme déléguée soit au comité syndical, soit au collège des communes désignant les représentants au comité syndical, conformément à l'article « 8.1 composition du comité syndical », figurant dans les statuts du syndicat mixte.

Ainsi délibéré en séance les jour, mois et an susdits,  
Pour copie conforme,  
Le Maire,
)SEED";

inline constexpr const char kSeed003[] = R"SEED(

République Française
Département du Nord
COMMUNE DE PREMESQUES

EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL

Nombre de membres afférents au Conseil Municipal :	19
Nombre de membres en exercice :	18
Nombre de membres qui ont pris part à la délibération : procurations	17 + 1
Date de la convocation :	14.02.2024
Date d'affichage :	14.02.2024

REUNION DU CONSEIL MUNICIPAL
SEANCE DU 19 FEVRIER 2024

L'an deux mille vingt-quatre et le dix-neuf du mois de Février, à 19 heures 30 minutes, le Conseil Municipal, régulièrement convoqué, s'est réuni salle du Conseil Municipal, en session ordinaire, sous la présidence de Monsieur Yvan HUTCHINSON, Maire.

17 Présents : Y. HUTCHINSON - A. MARQUE – P. ALLIOT - P. VANDEN DORPE – N. GUISLAIN – L. BASECQ - P. CAREY - S. VAN EECKE - D. DUMONT – C LEFEBVRE – X. DUBOIS - F. BOULANGER – S. MOUVEAUX – C. ANNAERT – P. PACCOU - J. TYBOU - G. DUBOIS

3 Absents ayant donné pouvoir : P. JOURDAIN à P. VANDEN DORPE

0 Excusés :

Madame Nathalie GUISLAIN a été désignée comme secrétaire de séance.

2024 - 16 : Adhésion à la Fibre Numérique 59/62 pour intégrer le groupement de commandes et désignation d'un délégué

Rapporteur : Pascale ALLIOT

Aujourd'hui chaque parent et chaque enfant utilisent un outil spécifique appelé ENT (Espace Numérique de Travail) dédié, sécurisé et simple pour accéder à distance à son environnement scolaire (informations éducatives et de suivi, résultats scolaires, outils et ressources pédagogiques, messagerie avec les enseignants...).

Cet outil permet de garder le lien entre les familles et les équipes pédagogiques et a été mis en œuvre par l'Education Nationale en lien avec les collectivités territoriales. Ce même outil permet également de faciliter les passerelles de l'élémentaire au collège puis au lycée avec le même outil et il s'est par ailleurs fortement développé pendant la période de crise sanitaire et de confinements répétitifs que nous avons vécu pour en faire désormais un outil indispensable à la bonne scolarité des enfants du territoire.

Pour la commune de Prêmesques, cela concerne pour l'année 2023-2024, 177 élèves de la maternelle à l'élémentaire.

L'environnement Numérique de Travail (ENT) a été mis en place sur la région Hauts de France en 2019, avec un déploiement plus soutenu lors de la crise sanitaire pour faciliter l'école à la maison. Il était porté par le Syndicat Mixte « La Fibre Numérique 59/62 » sur fonds européens.

Compte-tenu de la fin de ce financement de l'outil ENT, il convient pour la commune de Prêmesques de poursuivre le portage financier du projet d'Environnement Numérique de Travail (ENT) et de trouver une solution à compter du 1er janvier 2024, la MEL n'ayant pas souhaité prendre cette compétence dévolue aux communes.

Vu le Code Général des Collectivités Territoriales ;

Vu la loi n° 2013-595 du 8 juillet 2013 d'orientation et de programmation pour la refondation de l'école de la République ;

Vu le Schéma Directeur des Espaces numériques de Travail (SDET) dans sa dernière version en date de juin 2022 ;

Vu les statuts du Syndicat Mixte Ouvert « La Fibre Numérique 59/62 » tels que modifiés par délibération du 19 janvier 2022, et notamment l'article 4.2 relatif à la compétence du Syndicat en matière d'usages numériques / NTIC en matière de numérique éducatif ;

Vu la délibération 2019-12 du 26 juin 2019 approuvant le cahier des Conditions Techniques, Administratives et Financières d'exercice de la compétence « usages numériques / NTIC en matière de numérique éducatif » par le Syndicat mixte ;

Vu la délibération 2022-14 du 16 juin 2022 approuvant l'adhésion du Syndicat mixte au nouveau groupement de commande pour la mise en œuvre, la maintenance, l'exploitation et l'hébergement d'un ENT sur le territoire régional ;

Vu la délibération 2022-5 du 16 juin 2022 approuvant la convention de partenariat relative à l'ENT des Hauts-de-France ;

Considérant que, à la suite de la loi pour la refondation de l'Ecole et de la République du 8 juillet 2013, la commune de Prêmesques poursuit, aux côtés des autres collectivités territoriales et leurs groupements ainsi que l'Etat, l'objectif d'un développement du numérique éducatif des établissements scolaires, compte tenu de sa compétence en matière d'usages numériques ;

Considérant que l'Environnement Numérique de Travail (ENT) est un service éducatif numérique offrant à chaque membre de la communauté éducative un accès dédié, sécurisé et simplifié, aux informations et outils dont il a besoin pour son activité, mis en œuvre par les collectivités territoriales en lien avec l'Education Nationale ;

Considérant que, sur le territoire des Hauts-de-France, une solution homogène d'ENT a été déployée pour tous les élèves, parents et enseignants, de la maternelle au lycée, grâce à un groupement de commandes entre les collectivités et établissements publics concernés, sur la base d'un marché qui a pris fin en juin 2023 ;

Considérant que ces acteurs de l'ENT, convaincus de l'intérêt de cette solution, ont souhaité renouveler leur partenariat ainsi que le groupement de commandes pour conclure un nouveau marché signé le 13 mars 2023 ;

Considérant que l'intervention du SMO Nord Pas de Calais Numérique se fonde sur un transfert de compétence de la part des communes ou des EPCI compétents en matière de numérique éducatif pour les écoles du 1er degré ;

Considérant que, à la suite d'une adhésion d'une commune ou d'un EPCI compétent au Syndicat, ce dernier est en charge de la mise en œuvre de la compétence sur le territoire de la commune ou de l'EPCI, en lien avec les collectivités locales dont relèvent les écoles qui sont équipées et l'Education

Nationale, en contrepartie d'une contribution financière annuelle de la commune ou d'un EPCI membre aux ressources du Syndicat, fixée par délibération du Comité Syndical sur la base de critères prévus à la présente délibération et des missions réalisées par le Syndicat dans le cadre de l'exercice de sa compétence sur le territoire de la commune ou EPCI concerné ;

A titre d'information, cette contribution a été voté lors du conseil syndical du 15 juin 2023 et est composé de :

- Contribution forfaitaire de base : la couverture des charges induites par le coût de la plateforme, de l'application mobile et du coût administratif lié à l'exercice de la compétence d'un montant de 1,30 € TTC par élève et par an ;
- Contribution forfaitaire optionnelle : un accompagnement complémentaire facultatif de l'EPCI par le Syndicat, forfaitaire, d'un montant de 0,30 € TTC par élève et par an ;
- Contribution spécifique optionnelle : et/ou un accompagnement complémentaire facultatif de l'EPCI par le syndicat, à la demande, d'un montant de 150 € TTC par demi-journée.

Sur proposition du Maire,

Le conseil municipal de la commune de Prêmesques, à l'unanimité, :

- Décide le transfert de la compétence « Usages numériques /NTIC en matière de numérique éducatif » au syndicat mixte ouvert « Nord-Pas-de-Calais Numérique » ;
- Décide que le transfert de cette compétence sera effectif sans délai et au plus tard dès le rendu exécutoire de la délibération concordante du syndicat mixte ouvert « Nord-Pas-de-Calais Numérique » valant accord et adhésion de la commune de Prêmesques et modification des annexes 1 et 2 de ses statuts ;
- Approuve les conditions techniques, administratives et financières d'exercice de la compétence « Usages numériques /NTIC en matière de numérique éducatif » par le syndicat ;
- Demande à adhérer au syndicat mixte ouvert « Nord-Pas-de-Calais Numérique » ;
- Approuve les statuts du syndicat mixte ouvert « Nord-Pas-de-Calais Numérique » ;
- Autorise Monsieur le Maire à signer la convention d'adhésion au groupement de commande syndicat mixte « Nord-Pas-de-Calais Numérique » pour la compétence Espace Numérique de Travail dans les écoles, ainsi que tout document afférent à ce dossier ;
- Décider le versement de la ou des contributions annuelle(s) obligatoire(s) au syndicat mixte ouvert « Nord-Pas-de-Calais Numérique » ;
- Désigner Stéphane MOUVEAUX, comme délégué au collège des communes désignant les représentants au comité syndical, conformément à l'article « 8.1 composition du comité syndical », figurant dans les statuts du syndicat mixte.

Délibération adoptée à l'unanimité.

La présente délibération sera transmise à Monsieur le Préfet du Nord

A Prêmesques, le 21 Février 2024,

Affiché le 23 Février 2024

Transmis au contrôle de légalité le 23 Février 2024,

Ainsi délibéré
Pour copie conforme,
Le Maire,
Yvan HUTCHINSON

La Secrétaire de Séance
Nathalie GUISLAIN
)SEED";

inline constexpr const char kSeed004[] = R"SEED(



Envoi au contrôle de légalité le : 3 novembre 2022

Publication électronique le : 3 novembre 2022

DEPARTEMENT DU PAS-DE-CALAIS

**DELIBERATION DE LA COMMISSION PERMANENTE
DU CONSEIL DEPARTEMENTAL**

REUNION DU 17 OCTOBRE 2022

PRESIDENCE DE MONSIEUR JEAN-CLAUDE LEROY

Secrétaire : Mme Emmanuelle LAPOUILLE

Étaient présents : M. Jean-Claude LEROY, Mme Mireille HINGREZ-CÉRÉDA, M. Daniel MACIEJASZ, Mme Valérie CUVILLIER, M. Bertrand PETIT, Mme Blandine DRAIN, M. Jean-Marc TELLIER, Mme Maryse CAUWET, Mme Bénédicte MESSEANNE-GROBELNY, M. Jean-Claude DISSAUX, Mme Laurence LOUCHAERT, M. Laurent DUPORGE, Mme Karine GAUTHIER, M. Alain MEQUIGNON, Mme Evelyne NACHEL, M. François LEMAIRE, Mme Florence WOZNY, M. Jean-Jacques COTTEL, Mme Sophie WAROT-LEMAIRE, M. André KUCHCINSKI, Mme Fatima AIT-CHIKHEBBIH, Mme Carole DUBOIS, M. Olivier BARBARIN, Mme Zohra OUAGUEF, M. Etienne PERIN, Mme Maryse DELASSUS, M. Bruno COUSEIN, M. Philippe FAIT, Mme Emmanuelle LAPOUILLE, M. Alexandre MALFAIT, Mme Sylvie MEYFROIDT, M. Frédéric MELCHIOR, Mme Brigitte PASSEBOSC, M. Marc SARPAUX, Mme Marie-Line PLOUVIEZ.

Excusé(s) : M. Ludovic LOQUET, Mme Caroline MATRAT, M. Sébastien CHOCHOIS, M. Pierre GEORGET, M. Claude BACHELET, Mme Maité MULOT-FRISCOURT, Mme Stéphanie GUISELAIN, M. Ludovic PAJOT.

Absent(s) : M. Steeve BRIOIS.

Assistant également sans voix délibérative : M. Jean-Louis COTTIGNY, Mme Emmanuelle LEVEUGLE

Excusé(s) sans voix délibérative : M. Michel DAGBERT

**SIGNATURE DE LA CONVENTION DE PARTENARIAT RELATIVE À
L'ENVIRONNEMENT NUMÉRIQUE DE TRAVAIL DES HAUTS-DE-FRANCE**

(N°2022-394)

La Commission Permanente du Conseil départemental du Pas-de-Calais,

Vu le Code Général des Collectivités Territoriales et notamment ses articles L.3121-14, L.3121-14-1, L.3211-1 et L.3211-2 ;

Vu le Code Général des Collectivités Territoriales et notamment son article L.1414-3 ;

Vu le Code de l'Éducation et notamment son article L.213-2 ;

Vu la délibération n°2021-257 du Conseil départemental en date du 01/07/2021 « Délégation d'attributions à la Commission Permanente » ;

Vu la délibération n°2022-173 de la Commission Permanente en date du 16/05/2022 « Renouvellement de la participation du Département à un groupement de commandes à l'échelle de la région des Hauts-de-France pour l'achat, l'hébergement et le suivi d'un environnement numérique de travail (ENT) dans les écoles et collèges du Pas-de-Calais » ;

Vu le rapport du Président du Conseil départemental, ci-annexé ;
Vu l'avis de la 3^{ème} commission « Education, Culture, Sport et Citoyenneté » rendu lors de sa réunion en date du 03/10/2022 ;

Après en avoir délibéré,

DECIDE :

Article 1 :

D'adopter la convention de partenariat liée au déploiement et au suivi de l'Environnement Numérique de Travail (ENT) dans les écoles et collèges publics du Pas-de-Calais en lien avec les partenaires du groupement de commandes, dans les termes du projet joint à la présente délibération.

Article 2 :

D'autoriser le Président du Conseil départemental à signer, au nom et pour le compte du Département, avec les partenaires concernés, la convention de partenariat précisant les modalités d'organisation et de pilotage de ce groupement, le rôle et les responsabilités de chacune des parties, dans les termes du projet joint à la présente délibération.

Dans les conditions de vote ci-dessous :

Pour : 43 voix (Groupe Socialiste, Républicain et Citoyen ; Groupe Communiste et Républicain ; Groupe Union pour le Pas-de-Calais ; Groupe Rassemblement National ; Non-inscrit) Contre : 0 voix Abstention : 0 voix Absent sans délégation de vote : 1 (Groupe Rassemblement National)

(Adopté)

.....
LE PRESIDENT DU CONSEIL DEPARTEMENTAL,)SEED";

}  // namespace delib::testdata
