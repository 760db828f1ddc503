// swift-format-ignore-file
// Generated from the canonical `LanguagePacks/<code>.pack` files; a test fails if they drift.
// To regenerate, paste each file's text between the raw-string delimiters, unchanged.

/// The built-in language packs' source text, keyed by ISO 639-1 code.
enum BuiltinLanguagePacks {
    static let sources: [(String, String)] = [
        ("en", #"""
# invite language pack: English. Format: see LanguagePack.swift ("[section]" then "key = value | value").
language = en

[weekdays]
monday = monday | mon
tuesday = tuesday | tue | tues
wednesday = wednesday | wed
thursday = thursday | thu | thur | thurs
friday = friday | fri
saturday = saturday | sat
sunday = sunday | sun

[months]
january = january | jan
february = february | feb
march = march | mar
april = april | apr
may = may
june = june | jun
july = july | jul
august = august | aug
september = september | sep | sept
october = october | oct
november = november | nov
december = december | dec

[relative]
today = today | tonight | this evening | this afternoon | this morning
tomorrow = tomorrow | tomorrow morning | tomorrow afternoon
aftertomorrow = the day after tomorrow | day after tomorrow
next = next | coming | upcoming | this coming
move = move | moved | moving | reschedule | rescheduled | push | pushed | postpone | postponed | shift
moveto = to
this = this
deadline = by | before | no later than | until | deadline | rsvp by | respond by | reply by | register by
last = last | past | previous
ordinal = st | nd | rd | th
of = of

[time]
noon = noon | midday | 12 noon
midnight = midnight
am = am | a.m. | a.m | a. m.
pm = pm | p.m. | p.m | p. m. | in the afternoon | in the evening
hour = o'clock | oclock | h | hrs
at = at | @ | by | around | starting at
from = from | between
to = to | until | till | through | thru | and | -
for = for | lasting
barehour = at | around | starting at
end = ends at | ends | end | ending at | finishes at | finish | closes at | wrap up by | done by
h1 = one
h2 = two
h3 = three
h4 = four
h5 = five
h6 = six
h7 = seven
h8 = eight
h9 = nine
h10 = ten
h11 = eleven
h12 = twelve
halfpast = half past
quarterpast = quarter past | a quarter past
quarterto = quarter to | a quarter to

[durations]
minute = minutes | minute | mins | min
hour = hours | hour | hrs | hr | h
day = days | day
last = last | lasts | will last | take | takes | will take | should take | duration | length
one = one | an | a
two = two
three = three
four = four
halfhour = half an hour | half hour | a half hour
threequarters = three quarters of an hour | three-quarters of an hour
quarterhour = a quarter of an hour | quarter of an hour | a quarter hour | quarter hour
hourhalf = an hour and a half | one and a half hours | one hour and a half | 1.5 hours

[zones]
America/Los_Angeles = pacific time | pacific | pt | pst | pdt | pacific standard time | pacific daylight time | los angeles time | san francisco time | seattle time | la time | vancouver time
America/New_York = eastern time | eastern | et | est | edt | eastern standard time | eastern daylight time | new york time | nyc time | new york | toronto time | toronto
America/Chicago = central time | ct | cst | cdt | central standard time | chicago time
America/Denver = mountain time | mt | mst | mdt | denver time
Europe/London = london time | uk time | bst | british summer time | london | edinburgh
Europe/Paris = paris time | cet | cest | central european time | central european summer time | paris
Europe/Berlin = berlin time | berlin
Europe/Amsterdam = amsterdam
Europe/Brussels = brussels
Europe/Madrid = madrid
Europe/Rome = rome
Europe/Dublin = dublin
Europe/Vienna = vienna
Europe/Zurich = zurich | bern
Europe/Stockholm = stockholm
Europe/Athens = athens
Europe/Helsinki = helsinki
America/Sao_Paulo = brasilia
America/Mexico_City = mexico city | guadalajara
Europe/Lisbon = wet | west | lisbon
Australia/Sydney = canberra | melbourne | sydney | aest | aedt
Australia/Brisbane = brisbane
Australia/Perth = perth | awst
Australia/Adelaide = adelaide | darwin
Pacific/Auckland = auckland | wellington | nzst | nzdt
Asia/Shanghai = beijing | chongqing | hong kong | urumqi
Asia/Singapore = kuala lumpur | singapore | sgt
Asia/Seoul = seoul | kst
Asia/Tokyo = jst | osaka | sapporo | tokyo
Asia/Kolkata = ist | chennai | kolkata | mumbai | new delhi
Asia/Dubai = abu dhabi | muscat | dubai
Asia/Jerusalem = jerusalem
Europe/Istanbul = istanbul
Europe/Moscow = moscow | st. petersburg
Europe/Warsaw = sarajevo | skopje | warsaw | zagreb
Europe/Budapest = belgrade | bratislava | budapest | ljubljana | prague
Europe/Bucharest = bucharest
Europe/Kyiv = kyiv | kiev | riga | sofia | tallinn | vilnius
Europe/Copenhagen = copenhagen
Africa/Cairo = cairo
Africa/Johannesburg = harare | pretoria | johannesburg
America/Anchorage = alaska | akst | akdt
Pacific/Honolulu = hawaii | hst
America/Phoenix = arizona
America/Halifax = atlantic time | atlantic time (canada)
America/Bogota = bogota | lima | quito
America/Argentina/Buenos_Aires = buenos aires
America/Santiago = santiago
UTC = utc | gmt | z | universal time

[labels]
when = when | date | time | date and time | date & time | starts | 📅 | 🗓 | 🕒 | ⏰
where = where | location | venue | place | address | room | 📍 | 🏢
agenda = agenda | topics
title = subject | event | meeting | title
join = join | join online | join zoom meeting | join microsoft teams meeting | join with google meet | online | link
organizer = organizer | organiser | host | hosted by | organized by | 👤
attendees = attendees | participants | invitees | guests | required attendees | optional attendees

[cues.invite]
invite = invite | invited | invites | invitation | inviting | you're invited | you are invited | please join | join us | save the date | rsvp | please attend | would like to invite | hope you can join | let's meet | let us meet | can we meet | are you free | please come | come join | meet | meets | get together | see you there | catch up | your registration is confirmed | you have a seat | we'd love to see you | we would love to see you | can you all make | can you make | can you make it | could you join | would you join | would you like to join | are you available | are you all free | can you join | can you attend | can you come | could you attend | how about | shall we | fancy | would you like to | do you want to | let's grab | let's have | your appointment | you have an appointment | we look forward to seeing you | look forward to seeing you | you're going | you are going | you're registered | you are registered | your spot is reserved | your seat is reserved | rsvp'd | sit down | does that work for you | would that work for you | does this work for you | would this work for you | takes place | will take place | will be held
event = meeting | call | sync | workshop | webinar | conference | session | lunch | dinner | party | reception | seminar | gathering | review | interview | discussion | standup | stand-up | presentation | event | appointment | catch-up | kickoff | kick-off | breakfast | drinks | ceremony | celebration | briefing | get-together | offsite | hangout | demo | training | coffee | brunch | barbecue | bbq | picnic | consultation | checkup | check-up | lecture | meetup | meet-up | hackathon | assembly | general meeting | agm | roundtable | round-table | town hall | open house | screening | rehearsal | happy hour | farewell | housewarming | tasting

[cues.host]
verb = invited | has invited | have invited | invites | is inviting | by inviting | will host | is hosting | hosts | hosted | organized | organised | is organizing | convened
you = you
firstperson = i | we
passive = invited | summoned
by = by | from
of = of | at | from
list = including | such as | among them | notably | like | among others
and = and | &
greeting = hi | hello | hey | dear | good morning | good afternoon | greetings
group = team | all | everyone | everybody | folks | colleagues | friends | guys | members | partners | committee | supporters | families | parents | neighbours | neighbors | residents | guests | volunteers | customers | subscribers | readers
closing = best | regards | best regards | kind regards | cheers | thanks | thank you | sincerely | warm regards | many thanks | all the best | see you | see you there | talk soon | yours | yours sincerely | sincerely yours | yours faithfully | yours truly | best wishes | warm wishes | with best wishes | take care | for the board | on behalf of the board | for the committee | on behalf of the committee
title = mayor | president | ceo | chief executive | director | chair | chairman | chairwoman | chairperson | senator | governor | minister | secretary | councillor | councilor | commissioner | chancellor | dean | principal | coach | captain | superintendent | head | spokesperson | spokesman | spokeswoman
behalf = on behalf of | for and on behalf of
article = the | an
determiner = the | our | your | their
organization = inc | ltd | llc | plc | association | club | company | group | foundation | university | council | ministry | municipality | cooperative | federation | corp | corporation | llp | committee

[cues.location]
place = headquarters | hq | offices | office | campus | building | headquarter | premises | ministry | city hall offices
downtown = downtown | midtown | uptown | city centre | city center
room = room | conference room | meeting room | suite | floor | hall | auditorium
venue = restaurant | café | cafe | coffee shop | bistro | brasserie | bar | pub | tavern | inn | hotel | museum | gallery | library | theatre | theater | clubhouse | boathouse | diner | cafeteria | canteen | center | centre | arena | stadium | pavilion | city hall | town hall
stated = we'll be in | we will be in | we'll be at | we will be at | we'll meet in | we will meet in | we'll meet at | we will meet at | we're meeting in | we are meeting in | will be held in | will be held at | takes place in | takes place at | will take place in | will take place at | meet us in | meet us at | the address is | our address is | the new address is | our new address is
in = in | at | on | booked | reserved
street = street | st | avenue | ave | road | rd | boulevard | blvd | lane | drive | plaza | square | way | court | ct | place | parkway | terrace | highway | hwy | walk | row | crescent | mews | quay | wharf | parade | close | hill

[cues.agenda]
agenda = agenda | three-part agenda | two-part agenda | four-part agenda | topics | program | programme | schedule | order of business | what we'll cover | what we will cover | we'll cover | we will cover | to cover | discussion points | points to discuss | talking points | items | will include | programme of the evening | what's on | will focus on | in two parts | in three parts | in four parts | into two parts | into three parts | into four parts
discuss = talk about | discuss | go through | go over | look at | we will discuss | we'll discuss | will be discussed | on the table are

[cues.online]
meetingid = meeting id | meeting number | conference id | webinar id | access code | event number
passcode = passcode | password | pin | pass code | meeting password
dialin = dial-in | dial in | dial by your location | call in | phone | join by phone | tel | one tap mobile
phone = phone | tel | telephone | mobile | cell
videocall = video call | videocall | video conference | videoconference | dial in via | dial-in link

[cues.negative]
newsletter = unsubscribe | newsletter | view in browser | view this email in your browser | manage preferences | email preferences | you are receiving this | update your preferences | weekly digest | no longer wish to receive | stop receiving | opt out | opt-out
receipt = receipt | order confirmation | your order | invoice | payment | total | amount paid | order number | subtotal | refund | shipped | tracking number
cancel = cancelled | canceled | cancellation
decline = can't make it | cannot make it | can't attend | cannot attend | won't be able to | will not be able to | unable to attend | have to decline | must decline | i'm afraid i can't | unfortunately i can't | unfortunately i cannot | i can't come | i won't make it | i will not make it | count me out
published = published | updated | posted | last updated | first published

[cues.past]
past = yesterday | last week | last month | took place | was held | were held | met | was discussed | were discussed | have discussed | had discussed | meeting minutes | recap | summary of | attended | thanks for attending | thank you for attending | last night | earlier today

[forward.separators]
forwarded = forwarded message | original message | forwarded message follows | begin forwarded message | message forwarded | forwarded email | original appointment
reply = wrote

[forward.headers]
from = from
to = to
cc = cc
date = date | sent
subject = subject

[subject.prefixes]
forward = fwd | fw
reply = re
prefix = invitation | invite | updated invitation | reminder | fyi | save the date | new event | invitation updated | you're invited | you are invited | join us | registration confirmed | you're registered | confirmed | booking confirmed | appointment confirmed | event confirmed | meeting confirmed | invitation to | moved | rescheduled | postponed | new time | your registration is confirmed | your tickets for | your ticket for | you're going to | you are going to | your registration for | your order for | cancelled | canceled

[stopwords]
words = the | and | of | to | a | in | is | you | that | it | for | on | with | as | are | this | be | at | we | our | will | have | from | your | by | please | an | or | i | us | would | can | meeting | hi | thanks | was | were | has | which | their | they | there | what | about | let | me | my | all | if | next | know
pronouns = i | we | you | he | she | they | it | its | everyone | all
"""#),
        ("fr", #"""
# invite language pack: French. Format: see LanguagePack.swift ("[section]" then "key = value | value").
language = fr

[weekdays]
monday = lundi | lun
tuesday = mardi | mar
wednesday = mercredi | mer
thursday = jeudi | jeu
friday = vendredi | ven
saturday = samedi | sam
sunday = dimanche | dim

[months]
january = janvier | janv
february = février | fevr | fév | fev
march = mars
april = avril | avr
may = mai
june = juin
july = juillet | juil
august = août | aou
september = septembre | sept
october = octobre | oct
november = novembre | nov
december = décembre | déc | dec

[relative]
today = aujourd'hui | ce soir | cet après-midi | ce matin | aujourd hui
tomorrow = demain | demain matin | demain après-midi
aftertomorrow = après-demain | après demain
next = prochain | prochaine | à venir
move = déplacer | déplacé | décaler | décalé | reporter | reporté | repousser | avancer
moveto = à | au
this = ce | cette
deadline = avant le | avant | d'ici le | jusqu'au | au plus tard le | avant le | réponse avant le
last = dernier | dernière | passé | passée
ordinal = er | ere | e | eme | ème
of = de
thismonth = courant | c.m.

[time]
noon = midi
midnight = minuit
am = du matin
pm = de l'après-midi | de l'apres-midi | du soir | de l'aprem
hour = h | heures | heure
at = à | a | vers | dès
from = de | entre | du
to = à | a | et | au | jusqu'à | -
for = pendant | durée | durée de
barehour = vers
end = fin | fin prévue | se termine | termine | se terminera | clôture
h1 = une
h2 = deux
h3 = trois
h4 = quatre
h5 = cinq
h6 = six
h7 = sept
h8 = huit
h9 = neuf
h10 = dix
h11 = onze
h12 = douze
plushalf = et demie | et demi
plusquarter = et quart
minusquarter = moins le quart | moins quart

[durations]
minute = minutes | minute | min | mn
hour = heures | heure | h
day = jours | jour
last = dure | durera | durée | prendra
one = une | un
two = deux
three = trois
four = quatre
halfhour = une demi-heure | demi-heure
threequarters = trois quarts d'heure
quarterhour = un quart d'heure | quart d'heure
hourhalf = une heure et demie | une heure trente | 1h30

[zones]
Europe/Paris = heure de paris | heure française | heure de france | heure d'europe centrale
Europe/Brussels = heure de bruxelles | bruxelles
Europe/Paris = paris
Europe/Madrid = madrid
Europe/London = londres
Europe/Lisbon = lisbonne
Europe/Rome = rome
America/Montreal = heure de montréal | heure de l'est
America/Los_Angeles = heure du pacifique
Europe/London = heure de londres
America/New_York = est (états-unis et canada) | heure de l'est (états-unis et canada)
America/Chicago = centre (états-unis et canada)
America/Denver = montagnes rocheuses (états-unis et canada)
America/Los_Angeles = pacifique (états-unis et canada)

[labels]
when = quand | date | heure | horaire | date et heure | dates
where = lieu | adresse | salle | endroit | emplacement | où
agenda = ordre du jour | programme | agenda
title = objet | sujet | événement | réunion
join = rejoindre | participer | lien | rejoindre la réunion
organizer = organisateur | organisatrice | organisé par | hôte
attendees = participants | invités | participantes | destinataires

[cues.invite]
invite = invite | invité | invités | invitée | invitées | inviter | invitation | vous invite | vous invitons | convie | convié | conviés | réservez la date | merci de confirmer | rejoignez-nous | rejoindre | participer | serait ravi | nous vous attendons | se retrouve | se retrouver | retrouvons-nous | on se voit | se voir | êtes-vous disponible | êtes-vous disponibles | es-tu disponible | pouvez-vous venir | peux-tu venir | pourriez-vous vous joindre | voulez-vous vous joindre | votre inscription est confirmée | vous avez une place | peux-tu participer | pouvez-vous participer | peux-tu assister | pouvez-vous assister | ça vous dit | ça te dit | je vous propose | nous vous proposons | je te propose | que diriez-vous | votre rendez-vous | vous avez rendez-vous | au plaisir de vous voir | a convoqué | convoque | convier | vous convier | de vous convier | faire un point | se poser | ça te va | ça vous va | ça vous convient | ça te convient | aura lieu | se tiendra | se déroulera
event = réunion | rendez-vous | conférence | atelier | séminaire | déjeuner | dîner | diner | soirée | point | séance | discussion | webinaire | rencontre | entretien | apéro | événement | evenement | assemblée | visio | visioconférence | formation | petit-déjeuner | présentation | café | brunch | barbecue | pique-nique | consultation | visite | table ronde | réunion publique | vernissage | dégustation | anniversaire | afterwork | assemblée générale

[cues.host]
verb = a invité | invite | a convié | convie | organise | organisera | a organisé | accueillera | accueille | vous invite | invitent | ont invité | a convoqué | convoque | ont convoqué
you = vous | te | t
firstperson = je | j | nous
passive = invités | invitées | invité | invitée | conviés | conviées | convoqués | convoquées
by = par | de la part de
of = de | chez | du | d'
list = notamment | dont | comme | parmi lesquelles | parmi lesquels | tels que | telles que | y compris
and = et | &
greeting = bonjour | salut | cher | chère | chers | chères | bonsoir | coucou | madame | monsieur
group = équipe | tous | toutes | collègues | amis | membres | à tous | à toutes | mesdames | messieurs | madame | monsieur | familles | parents | voisins | habitants | adhérents | invités | bénévoles
closing = cordialement | bien à vous | bien cordialement | à bientôt | merci | amitiés | salutations | bonne journée | bises | au plaisir | sincèrement | bien amicalement | bien associativement | sportivement | bien sportivement | amicalement | très cordialement | meilleures salutations | sincères salutations | bonne soirée | au plaisir de vous accueillir | au plaisir de vous voir | au plaisir de vous retrouver | dans l'attente de vous rencontrer | pour le conseil d'administration | pour le bureau | pour le comité | salutations distinguées | nos salutations distinguées | mes salutations distinguées | sentiments distingués | nos sentiments distingués | mes sentiments distingués
title = maire | président | présidente | directeur | directrice | ministre | sénateur | sénatrice | préfet | préfète | député | députée | adjoint | adjointe | patron | patronne | pdg | dirigeant | dirigeante | porte-parole
behalf = de la part de | au nom de
article = la | le | les | l | un | une | du | de | d
determiner = des | les | aux | nos | vos | leurs
organization = sa | sas | association | groupe | fondation | université | ministère | mairie | fédération | coopérative | sarl | sasu | eurl | comité | commission

[cues.location]
place = siège | bureaux | bureau | locaux | campus | immeuble | siege | ministère | préfecture | mairie | hôtel de ville
downtown = centre-ville | centre ville | centre | cœur
room = salle | bâtiment | étage | amphithéâtre | amphi
venue = restaurant | café | bistrot | brasserie | bar | hôtel | musée | galerie | bibliothèque | médiathèque | théâtre | parc | maison des associations | salle des fêtes | centre des congrès | palais des congrès | centre de conférences | palais | stade
stated = nous serons dans | nous serons à | nous serons en | on sera dans | on sera à | on se retrouve dans | on se retrouve à | nous nous retrouverons dans | nous nous retrouverons à | se tiendra dans | se tiendra à | se tiendra en | aura lieu dans | aura lieu à | aura lieu en | l'adresse est | notre adresse est | la nouvelle adresse est | notre nouvelle adresse est
in = à | au | dans | en | aux | chez
street = rue | avenue | av | boulevard | bd | place | chemin | allée | quai | impasse

[cues.agenda]
agenda = ordre du jour | programme | agenda | au programme | points à l'ordre du jour | points à aborder | points abordés | sujets | thèmes | nous aborderons | portera sur | porteront sur | s'articulera autour de | en deux parties | en trois parties | en quatre parties | en deux temps | en trois temps
discuss = parler de | parle de | parler du | parle du | parler des | discuter de | discuter du | aborder | faire le point sur | nous y aborderons | nous aborderons | y seront abordés | seront abordés | seront abordées | nous y évoquerons

[cues.online]
meetingid = id de réunion | id de la réunion | numéro de réunion | id réunion | code de la conférence | id du webinar | id du webinaire
passcode = code secret | mot de passe | code d'accès | code
dialin = numéro | par téléphone | rejoindre par téléphone | composer | téléphone
phone = téléphone | tél | tel | portable | mobile
videocall = visio | en visio | visioconférence | vidéoconférence | se connecter via

[cues.negative]
newsletter = se désabonner | désabonner | désinscrire | désinscription | lettre d'information | newsletter | voir la version en ligne | gérer vos préférences | ne plus recevoir | vous désinscrire
receipt = reçu | facture | commande | paiement | montant | total | numéro de commande | remboursement | expédié | livraison
cancel = annulé | annulée | annulation
decline = ne pourrai pas | ne pourrons pas | ne peux pas venir | ne serai pas disponible | dois décliner | suis empêché | suis empêchée | malheureusement je ne peux pas | je ne peux pas venir | je ne serai pas là
published = publié le | publié | mis à jour le | mis à jour | modifié le

[cues.past]
past = hier | la semaine dernière | le mois dernier | a eu lieu | s'est tenue | s'est déroulée | compte rendu | compte-rendu | merci d'avoir participé | se sont réunis | s'est réuni | se sont rencontrées | se sont rencontrés

[forward.separators]
forwarded = message transféré | message d'origine | message original | début du message réexpédié | début du message transféré | message réexpédié | courriel transféré | rendez-vous d'origine | rendez-vous original
reply = a écrit | écrit

[forward.headers]
from = de | expéditeur
to = à | a | destinataire | pour
cc = cc
date = date | envoyé | envoyé le
subject = objet | sujet

[subject.prefixes]
forward = tr | fwd | fw | transfert
reply = re | réf | ref
prefix = invitation | rappel | réservez la date | vous êtes invité | vous êtes invités | vous êtes invitée | rejoignez-nous | inscription confirmée | confirmation | convocation | date finale choisie | rendez-vous confirmé | invitation à | invitation au | invitation aux | reporté | déplacé | nouvelle date | votre inscription est confirmée | annulé | annulée

[stopwords]
words = le | la | les | de | des | du | et | est | un | une | pour | dans | que | qui | sur | nous | vous | avec | pas | au | aux | ce | cette | sont | par | il | elle | ont | se | leur | leurs | mais | ou | été | je | à | d | l | qu | n | s | c | j | bonjour | merci | réunion
pronouns = je | tu | il | elle | nous | vous | on | ils | elles | tous | toutes
"""#),
        ("de", #"""
# invite language pack: German. Format: see LanguagePack.swift ("[section]" then "key = value | value").
language = de

[weekdays]
monday = montag | mo
tuesday = dienstag | di
wednesday = mittwoch | mi
thursday = donnerstag | do
friday = freitag | fr
saturday = samstag | sonnabend | sa
sunday = sonntag | so

[months]
january = januar | jan | jänner
february = februar | feb
march = märz | mär | maerz
april = april | apr
may = mai
june = juni | jun
july = juli | jul
august = august | aug
september = september | sep | sept
october = oktober | okt
november = november | nov
december = dezember | dez

[relative]
today = heute | heute abend | heute nachmittag | heute morgen
tomorrow = morgen | morgen früh
aftertomorrow = übermorgen
next = nächsten | nächste | nächster | kommenden | kommende | kommender | am kommenden | am nächsten
move = verschieben | verschoben | schieben | verlegen | verlegt | vorziehen
moveto = auf | zum | nach
dayarticle = am | vom | zum | bis | ab | den | dem | der
this = diesen | diese | dieser
deadline = bis zum | bis spätestens | spätestens bis | spätestens am | vor dem | bis
last = letzten | letzte | letzter | vergangenen | vergangene | am letzten | am vergangenen
ordinal = ten | ter
of = des
notafter = guten | am | jeden | heute

[time]
noon = mittag | 12 uhr mittags
midnight = mitternacht
am = morgens | vormittags | früh
pm = nachmittags | abends | am nachmittag | am abend
hour = uhr | h
at = um | ab | gegen
from = von | ab | zwischen | vom
to = bis | und | - | zum | bis zum
for = für | dauer
barehour = um
end = ende | endet | ende gegen | schluss | schluss gegen
h1 = eins
h2 = zwei
h3 = drei
h4 = vier
h5 = fünf
h6 = sechs
h7 = sieben
h8 = acht
h9 = neun
h10 = zehn
h11 = elf
h12 = zwölf
halfbefore = halb
quarterpast = viertel nach
quarterto = viertel vor

[durations]
minute = minuten | minute | min
hour = stunden | stunde | std
day = tage | tag | tagen
last = dauert | dauer | dauern | wird dauern
one = eine | einer | ein
two = zwei
three = drei
four = vier
halfhour = eine halbe stunde | halbe stunde
threequarters = eine dreiviertel stunde | dreiviertelstunde | eine dreiviertelstunde | drei viertel stunde
quarterhour = eine viertelstunde | viertelstunde | eine viertel stunde
hourhalf = anderthalb stunden | eineinhalb stunden

[zones]
Europe/Berlin = mez | mesz | deutscher zeit | deutsche zeit | berliner zeit | mitteleuropäischer zeit | mitteleuropäische zeit
Europe/Vienna = wiener zeit | wien
Europe/Amsterdam = amsterdam
Europe/Rome = rom
Europe/Zurich = schweizer zeit
Europe/Brussels = brüssel

[labels]
when = wann | datum | zeit | uhrzeit | termin | datum und uhrzeit
where = ort | wo | adresse | raum | veranstaltungsort | treffpunkt
agenda = tagesordnung | agenda | themen | programm
title = betreff | thema | veranstaltung
join = teilnehmen | beitreten | link | einwahl
organizer = organisator | organisatorin | veranstalter | gastgeber | einladender
attendees = teilnehmer | teilnehmende | teilnehmerinnen | gäste | eingeladen

[cues.invite]
invite = einladung | einladen | eingeladen | lade | laden | lädt | herzlich eingeladen | zusage | teilnahme | dabei sein | zusagen | bitte um rückmeldung | treffen wir uns | termin | treffen uns | sehen uns | treffen wir uns | zusammenkommen | hast du zeit | habt ihr zeit | haben sie zeit | kannst du kommen | könnt ihr kommen | können sie kommen | möchtest du dabei sein | möchten sie teilnehmen | ihre anmeldung ist bestätigt | deine anmeldung ist bestätigt | kannst du teilnehmen | können sie teilnehmen | könnt ihr teilnehmen | kannst du dabei sein | wollen wir | sollen wir | hast du lust | habt ihr lust | haben sie lust | lust auf | wie wäre es | ich schlage vor | wir schlagen vor | ihr termin | dein termin | zusammensetzen | setzen wir uns | passt es | passt es dir | passt es ihnen | passt es euch | hättest du zeit | hätten sie zeit | hättet ihr zeit | stattfindet | stattfinden | findet statt
apart = findet statt | finden statt
event = besprechung | meeting | treffen | sitzung | konferenz | workshop | termin | mittagessen | abendessen | feier | veranstaltung | webinar | telefonat | telko | abstimmung | runde | versammlung | vortrag | schulung | frühstück | jour fixe | kaffee | brunch | grillen | grillabend | grillfest | picknick | sprechstunde | arzttermin | vorstellungsgespräch | gespräch | führung | vernissage | stammtisch | umtrunk | geburtstag | hauptversammlung | jahreshauptversammlung | mitgliederversammlung | bürgerversammlung | infoabend | elternabend | treffpunkt | begehung | besichtigung | ortstermin

[cues.host]
verb = lädt | lud | hat eingeladen | eingeladen | laden | veranstaltet | organisiert | richtet aus
you = sie | dich | euch
firstperson = ich | wir
auxiliary = hat | haben | hatte | hatten | wurde | wurden
by = von | durch
of = von | bei | der | des | für
list = darunter | wie | etwa | unter anderem | einschließlich | u.a.
and = und | & | sowie
greeting = hallo | hi | liebe | lieber | sehr geehrte | sehr geehrter | guten tag | moin | servus | grüß gott
group = team | alle | zusammen | kolleginnen | kollegen | mitglieder | freunde | allerseits | damen | herren | freundinnen | freunde | freundinnen und freunde | unterstützer | unterstützerinnen | familien | eltern | nachbarn | anwohner | anwohnerinnen | gäste | mitbürger | mitbürgerinnen
closing = viele grüße | beste grüße | mit freundlichen grüßen | freundliche grüße | grüße | lg | vg | gruß | herzliche grüße | bis dann | danke | liebe grüße | mit sportlichen grüßen | sportliche grüße | schöne grüße | mit besten grüßen | herzlichst | für den vorstand | im namen des vorstands
title = bürgermeister | bürgermeisterin | oberbürgermeister | oberbürgermeisterin | präsident | präsidentin | vorsitzende | vorsitzender | direktor | direktorin | geschäftsführer | geschäftsführerin | minister | ministerin | landrat | landrätin | senator | senatorin | chef | chefin | leiter | leiterin | sprecher | sprecherin | vorstandschef | vorstandschefin | vorstandsvorsitzender | vorstandsvorsitzende
behalf = im auftrag von | im namen von
article = die | der | den | dem | des | das | ein | eine | einen
determiner = die | den | unsere | ihre
organization = gmbh | ag | ev | verein | genossenschaft | universität | ministerium | bund | stiftung | kg | ohg | gbr | partg | partgmbb | kgaa | mbh | ausschuss | kommission

[cues.location]
place = hauptsitz | zentrale | büro | büros | räumlichkeiten | firmensitz | geschäftsstelle | campus | gebäude | ministerium | rathaus
downtown = innenstadt | stadtzentrum | zentrum | stadtmitte
room = raum | besprechungsraum | konferenzraum | saal | zimmer | etage | gebäude | aula
venue = restaurant | café | cafe | gasthaus | gaststätte | wirtshaus | kneipe | biergarten | bar | hotel | museum | galerie | bibliothek | theater | park | vereinsheim | clubhaus | kongresszentrum | tagungszentrum | messe | stadion | stadthalle
stated = wir sind in | wir sind im | wir sitzen in | wir sitzen im | wir treffen uns in | wir treffen uns im | wir treffen uns bei | findet in | findet im | treffpunkt ist | die adresse ist | die adresse lautet | unsere adresse ist | die neue adresse ist | unsere neue adresse ist
in = in | im | bei | am | auf
street = straße | strasse | str | platz | weg | allee | gasse | ring | damm | ufer

[cues.agenda]
agenda = tagesordnung | agenda | themen | programm | ablauf | dreiteilige tagesordnung | tagesordnungspunkte | besprechungspunkte | punkte | in zwei teilen | in drei teilen | in vier teilen
discuss = gern über | gerne über | sprechen über | reden über | besprechen | besprochen werden sollen | sollen besprochen werden | besprechen wir | werden besprochen

[cues.online]
meetingid = meeting-id | besprechungs-id | konferenz-id | meeting id | sitzungs-id | webinar-id | meetingnummer | besprechungsnummer
passcode = kenncode | passwort | kennwort | pin | zugangscode | kennung
dialin = einwahl | einwahlnummer | einwahldaten | einwahlnummern | telefonische einwahl | telefon | per telefon
phone = telefon | tel | mobil | handy
videocall = videokonferenz | videocall | dazukommen | einwählen | online teilnehmen | online dabei

[cues.negative]
newsletter = abmelden | abbestellen | newsletter | im browser ansehen | einstellungen verwalten | nicht mehr erhalten | keine e-mails mehr
receipt = rechnung | quittung | bestellung | bestellnummer | zahlung | betrag | gesamtbetrag | versand | lieferung | beleg
cancel = abgesagt | storniert | absage
decline = kann ich leider nicht | kann leider nicht | muss absagen | muss leider absagen | bin leider verhindert | bin verhindert | kann nicht teilnehmen | leider kann ich | leider können wir | klappt leider nicht | leider klappt es nicht | schaffe es leider nicht
published = veröffentlicht am | veröffentlicht | aktualisiert am | aktualisiert | erschienen am

[cues.past]
past = gestern | letzte woche | letzten woche | letzten monat | fand statt | stattgefunden | protokoll | danke für die teilnahme | trafen sich | haben sich getroffen | wurde besprochen | wurden besprochen | haben wir besprochen | hatten besprochen

[forward.separators]
forwarded = weitergeleitete nachricht | ursprüngliche nachricht | anfang der weitergeleiteten nachricht | originalnachricht | weitergeleitete e-mail | original-nachricht | ursprünglicher termin | originaltermin
reply = schrieb | hat geschrieben

[forward.headers]
from = von | absender
to = an | empfänger
cc = cc | kopie
date = datum | gesendet | gesendet am
subject = betreff

[subject.prefixes]
forward = wg | fwd | fw | weitergeleitet
reply = aw | re
prefix = einladung | erinnerung | sie sind eingeladen | du bist eingeladen | anmeldung bestätigt | terminbestätigung | bestätigung | terminerinnerung | einladung zum termin | einladung zum | einladung zur | einladung zu | verschoben | neuer termin | terminänderung | ihre anmeldung ist bestätigt | abgesagt

[stopwords]
words = der | die | das | und | ist | nicht | ein | eine | zu | zum | zur | den | von | mit | sich | des | auf | für | im | dem | wir | ich | sie | es | auch | an | werden | bei | uns | oder | wird | sind | hat | haben | einen | einer | um | aus | wie | bitte | ihr | euch | dass | noch | hallo | gerne
pronouns = ich | du | er | sie | wir | ihr | man | alle | euch
"""#),
        ("es", #"""
# invite language pack: Spanish. Format: see LanguagePack.swift ("[section]" then "key = value | value").
language = es

[weekdays]
monday = lunes | lun
tuesday = martes
wednesday = miércoles | mié | mie
thursday = jueves | jue
friday = viernes | vie
saturday = sábado | sáb | sab
sunday = domingo | dom

[months]
january = enero | ene
february = febrero | feb
march = marzo | mar
april = abril | abr
may = mayo | may
june = junio | jun
july = julio | jul
august = agosto | ago
september = septiembre | setiembre | sept | sep
october = octubre | oct
november = noviembre | nov
december = diciembre | dic

[relative]
today = hoy | esta tarde | esta noche | esta mañana
tomorrow = mañana | mañana por la mañana | mañana por la tarde
aftertomorrow = pasado mañana
next = próximo | próxima | que viene | siguiente | el próximo | la próxima
move = mover | movemos | cambiar | cambiamos | aplazar | pasar | pasamos | trasladar
moveto = a | al | para el
this = este | esta
deadline = antes del | antes de | hasta el | a más tardar el
last = pasado | pasada | el pasado | la pasada | último | última
ordinal = º | ª | o
of = de | del
notafter = la | por la | esta | de la
dayword = día | dia
thismonth = del corriente | del presente mes

[time]
noon = mediodía | el mediodía
midnight = medianoche
am = de la mañana | am | a.m.
pm = de la tarde | de la noche | pm | p.m.
hour = h | horas | hrs | hs
at = a las | a la | sobre las | hacia las | desde las
from = de | desde | entre | del
to = a | hasta | y | al | - | a las | hasta las
for = durante | duración
barehour = a las | a la | sobre las | hacia las
end = fin | termina | terminará | finaliza | cierre
h1 = una
h2 = dos
h3 = tres
h4 = cuatro
h5 = cinco
h6 = seis
h7 = siete
h8 = ocho
h9 = nueve
h10 = diez
h11 = once
h12 = doce
plushalf = y media
plusquarter = y cuarto
minusquarter = menos cuarto

[durations]
minute = minutos | minuto | min
hour = horas | hora | h
day = días | día
last = dura | durará | duración | llevará
one = una | un
two = dos
three = tres
four = cuatro
halfhour = media hora
threequarters = tres cuartos de hora
quarterhour = un cuarto de hora | cuarto de hora
hourhalf = una hora y media | hora y media

[zones]
Europe/Madrid = madrid | hora de madrid | hora peninsular | hora española | hora de españa
America/Mexico_City = hora de méxico | hora del centro | hora de ciudad de méxico
America/Bogota = hora de colombia | hora de bogotá
America/Argentina/Buenos_Aires = hora de argentina | hora de buenos aires
Atlantic/Canary = hora canaria
Europe/Brussels = bruselas
America/New_York = hora del este | hora del este de ee. uu.
America/Chicago = hora central (ee. uu. y canadá) | hora central de ee. uu.
America/Denver = hora de las montañas rocosas
America/Los_Angeles = hora del pacífico

[labels]
when = cuándo | fecha | hora | fecha y hora | horario
where = dónde | lugar | dirección | sala | ubicación
agenda = orden del día | agenda | temas | programa | temario | orden del día
title = asunto | evento | reunión
join = unirse | enlace | unirse a la reunión | acceso
organizer = organizador | organizadora | anfitrión
attendees = asistentes | participantes | invitados

[cues.invite]
invite = invitar | invito | invitamos | invitado | invitados | invitada | invitación | invita | os invito | les invitamos | te invito | confirmar asistencia | acompáñenos | únete | reserve la fecha | nos vemos | quedamos | quedar | vernos | reunirnos | nos reunimos | estás libre | estáis libres | puedes venir | podéis venir | pueden venir | te gustaría unirte | os gustaría uniros | tu inscripción está confirmada | su inscripción está confirmada | puedes asistir | puede asistir | podéis asistir | puedes participar | te proponemos | os proponemos | le proponemos | te propongo | os propongo | qué tal si | te apetece | os apetece | su cita | tu cita | tienes cita | tiene cita | te espero | os esperamos | les esperamos | estaría disponible | estarías disponible | está usted disponible | ha convocado | convoca | te va bien | os va bien | le va bien | sentarnos | te viene bien | le viene bien | os viene bien | tienes un hueco | tendrá lugar | se celebrará | se llevará a cabo | os convoco | te convoco | le convoco | les convoco | convocamos
event = reunión | cita | conferencia | taller | seminario | almuerzo | comida | cena | fiesta | sesión | encuentro | llamada | presentación | evento | desayuno | webinar | jornada | charla | asamblea | formación | café | aperitivo | vermut | brunch | barbacoa | picnic | entrevista | visita | mesa redonda | cumpleaños | cumple | inauguración | junta | tertulia | cata | comer | cenar | almorzar | desayunar

[cues.host]
verb = invitó | ha invitado | invita | organiza | organizó | ha organizado | convoca | convocó | invitan | han invitado | ha convocado | han convocado
you = te | os | le | les
firstperson = yo | nosotros | nosotras
passive = invitados | invitadas | invitado | invitada | convocados | convocadas | convocado | convocada
by = por | de parte de
of = de | del | en
list = incluidas | incluidos | incluyendo | como | entre ellas | entre ellos | entre otras | tales como
and = y | e | &
greeting = hola | estimado | estimada | estimados | querido | querida | buenos días | buenas tardes
group = equipo | todos | todas | compañeros | compañeras | amigos | socios | miembros | señoras | señores | familias | padres | vecinos | invitados | voluntarios
closing = saludos | un saludo | atentamente | cordialmente | gracias | un abrazo | saludos cordiales | hasta pronto | nos vemos | un cordial saludo | reciba un cordial saludo | besos | abrazos | por la junta directiva | en nombre de la junta directiva
title = alcalde | alcaldesa | presidente | presidenta | director | directora | ministro | ministra | concejal | concejala | consejero | consejera | rector | rectora | jefe | jefa | consejero delegado | consejera delegada | portavoz
behalf = en nombre de | de parte de | en representación de
article = el | la | los | las | un | una | del
determiner = los | las | nuestros
organization = sa | sl | asociación | grupo | fundación | universidad | ministerio | ayuntamiento | cooperativa | federación | slu | comité | comisión

[cues.location]
place = sede | oficinas | oficina | instalaciones | campus | edificio | sede central | ministerio | ayuntamiento
downtown = centro
room = sala | edificio | planta | auditorio | aula
venue = restaurante | café | cafetería | bar | taberna | hotel | museo | galería | biblioteca | teatro | parque | centro cultural | centro de congresos | palacio de congresos | centro de convenciones | pabellón | estadio
stated = estaremos en | nos vemos en | nos reuniremos en | nos reunimos en | tendrá lugar en | se celebrará en | será en | la dirección es | nuestra dirección es | la nueva dirección es
in = en | a
street = calle | avenida | av | plaza | paseo | carrera | camino

[cues.agenda]
agenda = orden del día | agenda | programa | temas | puntos a tratar | asuntos | trataremos | temario | tratará sobre | girará en torno a | en dos partes | en tres partes | en cuatro partes | en dos bloques | en tres bloques | en cuatro bloques
discuss = revisar | hablar de | hablar sobre | tratar | comentar | repasar | se abordarán | se tratarán | abordaremos | veremos | se analizarán | se revisarán

[cues.online]
meetingid = id de reunión | id de la reunión | id. de reunión | id. de la reunión | número de reunión | id del webinar | id del seminario web
passcode = código de acceso | contraseña | clave | código
dialin = marcar | llamar | teléfono | número de teléfono | por teléfono
phone = teléfono | tel | móvil
videocall = videollamada | videoconferencia | conectarse | conectarte

[cues.negative]
newsletter = darse de baja | darte de baja | cancelar suscripción | boletín | newsletter | ver en el navegador | dejar de recibir | no deseas recibir | no desea recibir
receipt = recibo | factura | pedido | pago | importe | total | número de pedido | reembolso | envío
cancel = cancelada | cancelado | cancelación
decline = no podré | no puedo ir | no podremos | no puedo asistir | me es imposible | lamentablemente no puedo | no voy a poder | no me será posible
published = publicado el | publicado | actualizado el | actualizado

[cues.past]
past = ayer | la semana pasada | el mes pasado | tuvo lugar | se celebró | se reunieron | acta | gracias por asistir | gracias por participar

[forward.separators]
forwarded = mensaje reenviado | mensaje original | comienzo del mensaje reenviado | inicio del mensaje reenviado | correo reenviado | cita original
reply = escribió | ha escrito

[forward.headers]
from = de | remitente
to = para | a | destinatario
cc = cc
date = fecha | enviado | enviado el
subject = asunto

[subject.prefixes]
forward = rv | reenv | fwd | fw
reply = re
prefix = invitación | recordatorio | estás invitado | estás invitada | está invitado | únete | inscripción confirmada | convocatoria | confirmación | cita confirmada | invitación a | invitación al | aplazado | aplazada | cambio de fecha | tu inscripción está confirmada | su inscripción está confirmada | cancelado | cancelada

[stopwords]
words = el | la | los | las | de | y | que | en | un | una | es | por | para | con | no | se | su | al | lo | como | más | del | nos | os | le | les | hola | gracias | reunión | estamos | está | son | muy | también | pero | tu | vuestro | usted
pronouns = yo | tú | tu | te | nosotros | vosotros | os | ellos | todos | me
"""#),
        ("it", #"""
# invite language pack: Italian. Format: see LanguagePack.swift ("[section]" then "key = value | value").
language = it

[weekdays]
monday = lunedì | lunedi | lun
tuesday = martedì | martedi
wednesday = mercoledì | mercoledi | mer
thursday = giovedì | giovedi | gio
friday = venerdì | venerdi | ven
saturday = sabato | sab
sunday = domenica | dom

[months]
january = gennaio | gen
february = febbraio | feb
march = marzo | mar
april = aprile | apr
may = maggio | mag
june = giugno | giu
july = luglio | lug
august = agosto | ago
september = settembre | set
october = ottobre | ott
november = novembre | nov
december = dicembre | dic

[relative]
today = oggi | stasera | oggi pomeriggio | stamattina
tomorrow = domani | domattina | domani mattina | domani pomeriggio
aftertomorrow = dopodomani
next = prossimo | prossima | il prossimo | la prossima | che viene
move = spostare | spostiamo | spostato | rimandare | anticipare
moveto = a | al
this = questo | questa
deadline = entro il | entro | prima del | non oltre il
last = scorso | scorsa | passato | passata
ordinal = º | ª | o
of = di | del
dayword = giorno
thismonth = c.m. | corrente mese

[time]
noon = mezzogiorno
midnight = mezzanotte
am = del mattino | di mattina
pm = del pomeriggio | di pomeriggio | di sera | della sera
hour = h | ore
at = alle | all' | verso le | dalle | a partire dalle
from = dalle | da | tra | dal
to = alle | a | al | e | fino alle | -
for = per | durata
barehour = alle | verso le | dalle | ore | alle ore | dalle ore
end = fine | termina | terminerà | chiusura
h1 = una
h2 = due
h3 = tre
h4 = quattro
h5 = cinque
h6 = sei
h7 = sette
h8 = otto
h9 = nove
h10 = dieci
h11 = undici
h12 = dodici
plushalf = e mezza | e mezzo | e trenta
plusquarter = e un quarto | e quindici
minusquarter = meno un quarto

[durations]
minute = minuti | minuto | min
hour = ore | ora | h
day = giorni | giorno
last = dura | durerà | durata
one = un | una | uno
two = due
three = tre
four = quattro
halfhour = mezz'ora | mezzora | mezza ora
threequarters = tre quarti d'ora
quarterhour = un quarto d'ora | quarto d'ora
hourhalf = un'ora e mezza | un'ora e mezzo | un ora e mezza

[zones]
Europe/Rome = roma | ora italiana | ora di roma | ora locale italiana
Europe/Brussels = bruxelles
America/New_York = ora orientale (usa e canada) | ora della costa orientale
America/Chicago = ora centrale (usa e canada)
America/Denver = ora delle montagne rocciose
America/Los_Angeles = ora del pacifico

[labels]
when = quando | data | ora | orario | data e ora
where = dove | luogo | indirizzo | sala | sede
agenda = ordine del giorno | agenda | programma | argomenti
title = oggetto | evento | riunione
join = partecipa | collegamento | link | partecipa alla riunione
organizer = organizzatore | organizzatrice
attendees = partecipanti | invitati

[cues.invite]
invite = invito | invitare | invita | invitati | invitato | invitata | vi invito | ti invito | vi invitiamo | siete invitati | conferma | partecipare | partecipazione | unisciti | salva la data | ci vediamo | incontriamoci | vederci | ci troviamo | trovarci | sei libero | sei libera | siete liberi | puoi venire | potete venire | ti va di unirti | vi va di unirvi | la tua iscrizione è confermata | puoi partecipare | può partecipare | potete partecipare | puoi esserci | che ne dite | che ne dici | vi propongo | ti propongo | vi proponiamo | ti va | vi va | vi aspettiamo | ti aspetto | vi aspetto | il suo appuntamento | il tuo appuntamento | ha convocato | convoca | sederci | ti va bene | le va bene | vi va bene | saresti disponibile | sarebbe disponibile | si terrà | si svolgerà | avrà luogo | invitarla | invitarlo | invitarvi | invitarti | invitarla
event = riunione | incontro | conferenza | workshop | seminario | pranzo | cena | festa | sessione | appuntamento | chiamata | presentazione | evento | colazione | webinar | convegno | assemblea | formazione | caffè | aperitivo | apericena | brunch | grigliata | picnic | visita | colloquio | consulto | tavola rotonda | compleanno | inaugurazione | degustazione | pranzare | cenare | ritrovo | punto sul | fare il punto | facciamo il punto | punto della situazione

[cues.host]
verb = ha invitato | invita | ha organizzato | organizza | convoca | ha convocato | hanno invitato | invitano
you = ti | vi
firstperson = io | noi
passive = invitati | invitate | invitato | invitata | convocati | convocate | convocato | convocata
by = da | dal | dalla
of = di | del | della | presso
list = tra cui | tra le quali | come | inclusi | incluse | compresi | comprese | tra gli altri
and = e | ed | &
greeting = ciao | buongiorno | salve | caro | cara | cari | gentile | gentili | buonasera
group = team | tutti | tutte | colleghi | colleghe | amici | soci | membri | signore | signori | famiglie | genitori | vicini | iscritti | ospiti | volontari
closing = cordiali saluti | saluti | un saluto | grazie | a presto | distinti saluti | un caro saluto | buona giornata | cordialmente | un abbraccio | con i migliori saluti | buona serata | per il consiglio direttivo | per il direttivo
title = sindaco | sindaca | presidente | direttore | direttrice | ministro | ministra | assessore | assessora | rettore | prefetto | amministratore delegato | capo | portavoce
behalf = per conto di | per conto del | per conto della | a nome di | a nome del
article = il | lo | la | gli | i | le | un | una | uno
determiner = gli | i | nostri
organization = spa | srl | associazione | gruppo | fondazione | università | ministero | comune | cooperativa | federazione | snc | comitato | commissione

[cues.location]
place = sede | uffici | ufficio | quartier generale | campus | edificio | locali | ministero | comune | prefettura
downtown = centro città | centro
room = sala | aula | piano | edificio | stanza
venue = ristorante | trattoria | osteria | pizzeria | caffè | bar | hotel | albergo | museo | galleria | biblioteca | teatro | parco | circolo | centro congressi | palazzo dei congressi | palazzetto | stadio
stated = saremo in | saremo nella | saremo nel | saremo presso | ci vediamo in | ci vediamo nella | ci vediamo nel | ci troviamo in | ci troviamo nella | ci troviamo nel | si terrà in | si terrà nella | si terrà nel | si terrà presso | l'indirizzo è | l'indirizzo nuovo è | il nuovo indirizzo è | il nostro indirizzo è
in = in | a | presso | nel | nella | al | alla
street = via | viale | piazza | corso | largo | vicolo

[cues.agenda]
agenda = ordine del giorno | agenda | programma | argomenti | punti | temi | tratteremo | verterà su | verterà sui | verterà sulla | in due parti | in tre parti | in quattro parti | in due momenti | in tre momenti
discuss = discutere di | discutere dei | discutere del | parlare di | parlare dei | rivedere | fare il punto su | affronteremo | verranno affrontati | si parlerà di | parleremo di

[cues.online]
meetingid = id riunione | id della riunione | numero riunione | id meeting | id webinar | id del webinar
passcode = passcode | password | codice | codice di accesso
dialin = chiamare | numero | telefono | per telefono | composizione
phone = telefono | tel | cellulare | cell
videocall = videochiamata | videoconferenza | collegarsi | collegarti

[cues.negative]
newsletter = annulla iscrizione | disiscriviti | cancellati | newsletter | visualizza nel browser | non ricevere più | non desideri più ricevere | non desidera più ricevere
receipt = ricevuta | fattura | ordine | pagamento | importo | totale | numero d'ordine | rimborso | spedizione
cancel = annullata | annullato | annullamento
decline = non potrò | non posso venire | non riesco a venire | non potremo | sono impossibilitato | sono impossibilitata | purtroppo non posso | non ce la faccio | non ci sarò
published = pubblicato il | pubblicato | aggiornato il | aggiornato

[cues.past]
past = ieri | la settimana scorsa | il mese scorso | si è svolta | si è svolto | si è tenuta | si è tenuto | verbale | grazie per aver partecipato | si sono incontrati | si sono riuniti

[forward.separators]
forwarded = messaggio inoltrato | messaggio originale | inizio messaggio inoltrato | messaggio d'origine | email inoltrata | appuntamento originale
reply = ha scritto | scrisse

[forward.headers]
from = da | mittente
to = a | destinatario
cc = cc
date = data | inviato | inviato il
subject = oggetto

[subject.prefixes]
forward = i | inoltro | fwd | fw
reply = r | re
prefix = invito | promemoria | sei invitato | sei invitata | siete invitati | iscrizione confermata | conferma | convocazione | appuntamento confermato | invito a | invito al | invito alla | rinviato | rinviata | spostato | spostata | la tua iscrizione è confermata | annullato | annullata

[stopwords]
words = il | lo | la | i | gli | le | di | e | che | un | una | per | in | con | non | si | è | sono | del | della | al | alla | ci | vi | ti | mi | ciao | grazie | riunione | ho | abbiamo | anche | ma | nel | nella | questo | sarà | siamo | vostro | tuo
pronouns = io | tu | noi | voi | ti | vi | loro | tutti
"""#),
        ("pt", #"""
# invite language pack: Portuguese. Format: see LanguagePack.swift ("[section]" then "key = value | value").
language = pt

[weekdays]
monday = segunda-feira | segunda | seg
tuesday = terça-feira | terça | ter
wednesday = quarta-feira | quarta | qua
thursday = quinta-feira | quinta | qui
friday = sexta-feira | sexta | sex
saturday = sábado | sáb | sab
sunday = domingo | dom

[months]
january = janeiro | jan
february = fevereiro | fev
march = março | mar
april = abril | abr
may = maio | mai
june = junho | jun
july = julho | jul
august = agosto | ago
september = setembro | set
october = outubro | out
november = novembro | nov
december = dezembro | dez

[relative]
today = hoje | hoje à tarde | hoje à noite | esta tarde
tomorrow = amanhã | amanhã de manhã | amanhã à tarde
aftertomorrow = depois de amanhã
next = próximo | próxima | que vem | o próximo | a próxima
move = mudar | mudamos | adiar | passar | passamos | remarcar
moveto = para | para a | para o
this = este | esta | nesta | neste
deadline = até | antes de | até ao | até o | até dia
last = passado | passada | último | última
ordinal = º | ª | o
of = de | do
dayword = dia
thismonth = do corrente | do corrente mês

[time]
noon = meio-dia | meio dia
midnight = meia-noite | meia noite
am = da manhã | de manhã
pm = da tarde | da noite | à tarde | à noite
hour = h | horas | hrs
at = às | as | à | a partir das | por volta das
from = das | de | entre | desde
to = às | as | a | até | e | ao | -
for = durante | duração
barehour = às | as | a partir das | por volta das | das
end = fim | termina | terminará | encerramento | término
h1 = uma
h2 = duas
h3 = três
h4 = quatro
h5 = cinco
h6 = seis
h7 = sete
h8 = oito
h9 = nove
h10 = dez
h11 = onze
h12 = doze
plushalf = e meia | e trinta
plusquarter = e um quarto | e quinze
minusquarter = menos um quarto

[durations]
minute = minutos | minuto | min
hour = horas | hora | h
day = dias | dia
last = dura | durará | vai durar | duração | demora | demorará
one = uma | um
two = duas | dois
three = três
four = quatro
halfhour = meia hora | meia-hora
threequarters = três quartos de hora
quarterhour = um quarto de hora | quarto de hora
hourhalf = uma hora e meia | hora e meia

[zones]
Europe/Lisbon = hora de lisboa | hora de portugal | hora portuguesa
America/Sao_Paulo = horário de brasília | hora de brasília | brt
Atlantic/Azores = hora dos açores
Europe/Brussels = bruxelas
America/New_York = hora do leste | hora do leste (eua e canadá)
America/Chicago = hora central (eua e canadá)
America/Denver = hora das montanhas (eua e canadá)
America/Los_Angeles = hora do pacífico

[labels]
when = quando | data | hora | horário | data e hora
where = onde | local | endereço | sala | morada
agenda = pauta | agenda | ordem do dia | ordem de trabalhos | programa | tópicos
title = assunto | evento | reunião
join = participar | entrar | link | ingressar
organizer = organizador | organizadora | anfitrião
attendees = participantes | convidados

[cues.invite]
invite = convite | convidar | convido | convidamos | convidado | convidados | convidada | convida | te convido | vos convidamos | confirme presença | participar | junte-se | reserve a data | nos encontramos | encontrar | vermos | encontro | está livre | estão livres | você pode vir | podem vir | gostaria de participar | gostariam de participar | sua inscrição está confirmada | a sua inscrição está confirmada | podes participar | pode participar | você pode participar | podem participar | que tal | topas | bora | lembramos que | lembrete | tem consulta | está marcada | está marcado | marcada | marcado | esperamos por si | esperamos por você | te espero | nos sentar | sentarmos | nos reunir | dá jeito | dá-te jeito | dá-lhe jeito | estás disponível | está disponível | terá lugar | será realizado | será realizada | decorrerá
event = reunião | encontro | conferência | workshop | seminário | almoço | jantar | festa | sessão | chamada | apresentação | evento | café da manhã | pequeno-almoço | webinar | palestra | assembleia | treinamento | formação | café | lanche | brunch | churrasco | piquenique | consulta | entrevista | visita | mesa-redonda | mesa redonda | aniversário | inauguração | degustação

[cues.host]
verb = convidou | convida | organiza | organizou | tem convidado | convocou | convoca | convidaram
you = te | vos | você | vocês
firstperson = eu | nós
passive = convidados | convidadas | convidado | convidada | convocados | convocadas | convocado | convocada
by = por | pela | pelo
of = da | do | de | na | no
list = incluindo | como | entre elas | entre eles | nomeadamente | tais como | inclusive | entre as quais | entre os quais
and = e | &
greeting = olá | oi | prezado | prezada | prezados | caro | cara | bom dia | boa tarde
group = equipe | equipa | pessoal | todos | todas | colegas | amigos | membros | senhoras | senhores | famílias | pais | vizinhos | sócios | convidados | voluntários
closing = abraços | abraço | atenciosamente | cumprimentos | obrigado | obrigada | saudações | até breve | um abraço | cordialmente | melhores cumprimentos | beijinhos | beijos | com os melhores cumprimentos | atentamente | pela direção | pela direcção
title = prefeito | prefeita | presidente | diretor | diretora | ministro | ministra | vereador | vereadora | reitor | reitora | autarca | chefe | porta-voz
behalf = em nome de | em nome do | em nome da | da parte de | da parte do
article = o | a | os | as | um | uma
determiner = os | as | nossos
organization = sa | lda | ltda | associação | grupo | fundação | universidade | ministério | câmara | cooperativa | federação | comissão | comité

[cues.location]
place = sede | escritório | escritórios | instalações | campus | edifício | prédio | ministério | câmara municipal
downtown = centro | baixa
room = sala | auditório | andar | piso | edifício | salão
venue = restaurante | café | pastelaria | bar | hotel | museu | galeria | biblioteca | teatro | parque | centro de congressos | centro cultural | centro de eventos | pavilhão | estádio
stated = estaremos na | estaremos no | estaremos em | nos encontramos na | nos encontramos no | será na | será no | será realizada na | será realizado no | vai ser na | vai ser no | o endereço é | a morada é | o nosso endereço é | a nossa morada é | o novo endereço é
in = em | na | no | nas | nos
street = rua | avenida | av | praça | travessa | largo | alameda

[cues.agenda]
agenda = pauta | agenda | ordem do dia | ordem de trabalhos | programa | tópicos | temas | assuntos | pontos | incidirá sobre | vai incidir sobre | em duas partes | em três partes | em quatro partes | em dois blocos | em três blocos
discuss = rever | falar sobre | falar de | discutir | analisar | vamos abordar | serão abordados | abordaremos | vamos falar sobre

[cues.online]
meetingid = id da reunião | id de reunião | número da reunião | id do webinar | id do webinário | número do webinar
passcode = senha | código de acesso | código | palavra-passe
dialin = ligar | telefone | discagem | número | por telefone
phone = telefone | tel | telemóvel | celular
videocall = videochamada | videoconferência | entrar pela videochamada

[cues.negative]
newsletter = cancelar inscrição | descadastrar | cancelar subscrição | newsletter | boletim | ver no navegador | cancele a subscrição | anular a subscrição | deixar de receber | não quer receber
receipt = recibo | fatura | pedido | pagamento | valor | total | número do pedido | reembolso | envio | nota fiscal
cancel = cancelada | cancelado | cancelamento
decline = não poderei | não posso ir | não vou conseguir | não poderemos | infelizmente não posso | não vou poder | não estarei presente
published = publicado em | publicado a | publicado | atualizado em | atualizado a | atualizado

[cues.past]
past = ontem | semana passada | mês passado | aconteceu | realizou-se | foi realizada | foi realizado | ata | obrigado por participar | se reuniram | reuniram-se

[forward.separators]
forwarded = mensagem encaminhada | mensagem original | mensagem reencaminhada | início da mensagem reencaminhada | início da mensagem encaminhada | e-mail encaminhado | compromisso original
reply = escreveu

[forward.headers]
from = de | remetente
to = para | destinatário
cc = cc
date = data | enviado | enviada | enviado em | enviada em
subject = assunto

[subject.prefixes]
forward = enc | fwd | fw
reply = re | res
prefix = convite | lembrete | você está convidado | você está convidada | inscrição confirmada | confirmação | convocação | convocatória | marcação confirmada | convite para | convite à | convite ao | adiado | adiada | nova data | a sua inscrição está confirmada | sua inscrição está confirmada | cancelado | cancelada

[stopwords]
words = o | a | os | as | de | e | que | em | um | uma | é | para | com | não | do | da | dos | das | no | na | por | se | ao | mais | como | seu | sua | você | vocês | nós | olá | obrigado | reunião | estamos | será | são | também | mas | nosso | nossa
pronouns = eu | tu | nós | te | vocês | eles | todos | me
"""#),
        ("nl", #"""
# invite language pack: Dutch. Format: see LanguagePack.swift ("[section]" then "key = value | value").
language = nl

[weekdays]
monday = maandag | ma
tuesday = dinsdag | di
wednesday = woensdag | wo
thursday = donderdag | do
friday = vrijdag | vr | vrij
saturday = zaterdag | za
sunday = zondag | zo

[months]
january = januari | jan
february = februari | feb
march = maart | mrt
april = april | apr
may = mei
june = juni | jun
july = juli | jul
august = augustus | aug
september = september | sep | sept
october = oktober | okt
november = november | nov
december = december | dec

[relative]
today = vandaag | vanavond | vanmiddag | vanochtend
tomorrow = morgen | morgenochtend | morgenmiddag
aftertomorrow = overmorgen
next = volgende | komende | aanstaande | a.s.
move = verzetten | verplaatsen | verschuiven | verschoven | verplaatst
moveto = naar | op
this = deze
deadline = voor | uiterlijk | vóór | uiterlijk op
last = vorige | afgelopen | jongstleden | jl.
ordinal = e | ste | de
of = van
notafter = goede | goeie | elke

[time]
noon = middag | 12 uur 's middags
midnight = middernacht
am = 's ochtends | 's morgens | in de ochtend
pm = 's middags | 's avonds | in de middag | in de avond
hour = uur | u | h
at = om | vanaf | rond
from = van | tussen | vanaf
to = tot | en | - | t/m | tot en met
for = gedurende | duur
barehour = om | rond
end = einde | eindigt | afsluiting
h1 = een
h2 = twee
h3 = drie
h4 = vier
h5 = vijf
h6 = zes
h7 = zeven
h8 = acht
h9 = negen
h10 = tien
h11 = elf
h12 = twaalf
halfbefore = half
quarterpast = kwart over
quarterto = kwart voor

[durations]
minute = minuten | minuut | min
hour = uur | uren | u
day = dagen | dag
last = duurt | duur | zal duren | bezig | bezig zijn
one = een | één
two = twee
three = drie
four = vier
halfhour = een half uur | half uur
threequarters = drie kwartier | driekwartier
quarterhour = een kwartier | kwartier
hourhalf = anderhalf uur | anderhalve uur

[zones]
Europe/Amsterdam = amsterdam | nederlandse tijd | amsterdamse tijd
Europe/Brussels = belgische tijd
Europe/Brussels = brussel

[labels]
when = wanneer | datum | tijd | tijdstip | datum en tijd
where = waar | locatie | adres | plaats | zaal | ruimte
agenda = agenda | agendapunten | onderwerpen | programma
title = onderwerp | evenement | vergadering
join = deelnemen | link | neem deel
organizer = organisator | gastheer | georganiseerd door
attendees = deelnemers | genodigden | aanwezigen

[cues.invite]
invite = uitnodiging | uitnodigen | uitgenodigd | nodig | nodigt | nodigen | graag uit | aanmelden | bevestig | deelnemen | doe mee | hopelijk tot dan | save the date | afspreken | zien elkaar | samenkomen | elkaar zien | ben je vrij | zijn jullie vrij | kun je komen | kunnen jullie komen | wil je meedoen | willen jullie meedoen | je inschrijving is bevestigd | uw inschrijving is bevestigd | kun je deelnemen | kunt u deelnemen | kun je erbij zijn | kunnen jullie deelnemen | zin om | heb je zin | hebben jullie zin | zullen we | we verwachten je | we verwachten u | uw afspraak | je afspraak | op stap | verzamelen | gaan zitten | even zitten | samen zitten | schikt het | past het | komt het uit | komt het je uit | heb je tijd | hebben jullie tijd | heeft u tijd | vindt plaats | zal plaatsvinden | plaatsvindt
apart = vindt plaats | vinden plaats
event = vergadering | overleg | bijeenkomst | meeting | afspraak | conferentie | workshop | seminar | lunch | diner | borrel | feest | sessie | gesprek | presentatie | evenement | ontbijt | webinar | training | kick-off | koffie | koffiedrinken | brunch | barbecue | bbq | picknick | kennismakingsgesprek | sollicitatiegesprek | consult | rondleiding | verjaardag | alv | ledenvergadering | inloopavond | informatieavond | uitje | teamuitje | verzamelpunt

[cues.host]
verb = nodigt | heeft uitgenodigd | uitgenodigd | nodigde | organiseert | heeft georganiseerd | nodigen | hebben uitgenodigd
you = je | u | jullie
firstperson = ik | wij | we
auxiliary = heeft | hebben | had | hadden
by = door | van
of = van | bij
list = waaronder | zoals | onder meer | onder andere | inclusief
and = en | &
greeting = hoi | hallo | beste | dag | goedemorgen | goedemiddag | geachte | lieve
group = team | allemaal | iedereen | collega | collega's | leden | vrienden | dames | heren | families | ouders | buren | bewoners | gasten | vrijwilligers
closing = groeten | met vriendelijke groet | vriendelijke groet | groet | mvg | hartelijke groet | bedankt | dank | tot dan | tot snel | sportieve groet | sportieve groeten | met sportieve groet | groetjes | hartelijke groeten | vriendelijke groeten | namens het bestuur
title = burgemeester | voorzitter | directeur | minister | wethouder | gedeputeerde | rector | commissaris | topman | topvrouw | woordvoerder | woordvoerster
behalf = namens | in opdracht van
article = de | het | een
determiner = de | onze
organization = bv | nv | vereniging | stichting | groep | universiteit | ministerie | gemeente | coöperatie | federatie | vof | commissie | comité

[cues.location]
place = hoofdkantoor | kantoor | kantoren | campus | gebouw | vestiging | ministerie | gemeentehuis | stadhuis
downtown = centrum | binnenstad
room = zaal | ruimte | vergaderruimte | kamer | verdieping | vergaderzaal | vergaderkamer | kantine | aula
venue = restaurant | café | eetcafé | bar | kroeg | hotel | museum | galerie | bibliotheek | theater | park | clubhuis | buurthuis | congrescentrum | stadion
stated = we zitten in | we zitten op | we zijn in | we zijn op | we zien elkaar in | we zien elkaar op | we zien elkaar bij | vindt plaats in | vindt plaats op | het adres is | ons adres is | het nieuwe adres is | ons nieuwe adres is
in = in | op | bij | aan
street = straat | weg | plein | laan | gracht | kade | singel

[cues.agenda]
agenda = agenda | agendapunten | onderwerpen | programma | bespreekpunten | punten | in twee delen | in drie delen | in vier delen
discuss = hebben over | het hebben over | bespreken | praten over | doornemen | op tafel liggen | liggen op tafel | bespreken we | komen aan bod

[cues.online]
meetingid = vergadering-id | vergaderings-id | meeting-id | meeting id | webinar-id | vergadernummer
passcode = wachtwoord | wachtwoord voor vergadering | toegangscode | code | pincode
dialin = inbellen | telefoon | bel | per telefoon
phone = telefoon | tel | mobiel
videocall = inbellen | videogesprek | videovergadering | online aansluiten

[cues.negative]
newsletter = afmelden | uitschrijven | nieuwsbrief | newsletter | bekijk in je browser | bekijk online | niet langer ontvangen | geen e-mails meer ontvangen
receipt = bon | factuur | bestelling | betaling | bedrag | totaal | bestelnummer | terugbetaling | verzonden | ontvangstbewijs
cancel = geannuleerd | afgelast | annulering
decline = kan helaas niet | kan er niet bij zijn | ben verhinderd | moet afzeggen | kunnen helaas niet | helaas kan ik niet | ik kan helaas niet | lukt me helaas niet
published = gepubliceerd op | gepubliceerd | bijgewerkt op | bijgewerkt

[cues.past]
past = gisteren | vorige week | vorige maand | vond plaats | heeft plaatsgevonden | notulen | bedankt voor je deelname | kwamen bijeen | hebben vergaderd

[forward.separators]
forwarded = doorgestuurd bericht | oorspronkelijk bericht | begin doorgestuurd bericht | doorgestuurde e-mail | origineel bericht | oorspronkelijke afspraak | originele afspraak
reply = schreef | heeft geschreven

[forward.headers]
from = van | afzender
to = aan | ontvanger
cc = cc
date = datum | verzonden | verstuurd
subject = onderwerp

[subject.prefixes]
forward = fw | fwd | doorst
reply = re | antw
prefix = uitnodiging | herinnering | je bent uitgenodigd | u bent uitgenodigd | inschrijving bevestigd | bevestiging | afspraakbevestiging | uitnodiging voor | verplaatst | uitgesteld | nieuwe datum | je inschrijving is bevestigd | uw inschrijving is bevestigd | geannuleerd | afgelast

[stopwords]
words = de | het | een | en | van | is | dat | op | te | in | voor | niet | met | zijn | er | aan | ook | als | bij | om | je | jij | we | wij | ons | onze | jullie | u | uw | hoi | bedankt | vergadering | graag | maar | wordt | hebben | heb | kunnen | zal | naar
pronouns = ik | jij | wij | we | jullie | hij | zij | allemaal | iedereen
"""#),
    ]
}
