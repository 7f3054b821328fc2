/**
 * Reader comments: the thread under a story and the form to join it, in any markup. A comment
 * is never the story, whatever it says, and the words a thread is printed with are few and the
 * same on every blog and CMS (WordPress, Blogger, Drupal, Disqus, forum software), in every
 * language we read.
 */

/**
 * A class or id token naming a comment section ("comments", "comment-list", "commentlist",
 * "comments-area", "disqus_thread", "respond", "article-comments", "kommentare"). Whole tokens
 * only: "comments-open" (WordPress's body class), "has-comments", "no-comments", "comment-count"
 * and "commentary" do not name a thread.
 */
export const COMMENT_SECTION_TOKEN =
  /^(?:(?:article|post|user|users|reader|readers|blog|entry|story|page|fb|wp|vk)[-_]?)?(?:comments?|commentlist|commentform|kommentare?|commentaires?|comentarios?|komentarze|commenti|reacties|disqus(?:_thread)?|respond|replies|discussion)(?:[-_]?(?:list|section|area|thread|container|wrapper|block|box|holder|widget|module|form|respond|feed|panel|root|app|items?|wrap|outer|inner|main|sections?|content|body|head|post|text))*$/i;

/**
 * The heading over a thread or its form: "12 Comments", "Comments (19)", "3 thoughts on
 * “Title”", "2 responses to “Title”", "Leave a Reply", "Post a Comment", "Kommentare (4)",
 * "Schreibe einen Kommentar", "Laisser un commentaire", "Deja un comentario", "Komentarze".
 */
export const COMMENT_THREAD_HEADING = new RegExp(
  '^(?:' + [
    '(?:\\d+\\s+)?(?:reader\\s+)?(?:comments?|replies|responses|reactions)(?:\\s*\\(\\d+\\))?',
    '\\d+\\s+(?:thoughts?|responses?|replies|comments?)\\s+(?:on|to)\\s+.{1,160}',
    '(?:leave|post|add|write|submit)\\s+(?:a|your)\\s+(?:comment|reply|response)',
    '(?:comments|kommentare|commentaires|comentarios) (?:total|insgesamt|au total)\\s*:?\\s*\\d*', 'join the (?:conversation|discussion)', 'what do you think\\??', 'discussion(?:\\s*\\(\\d+\\))?',
    // de
    '(?:\\d+\\s+)?(?:kommentare?|leserkommentare|reaktionen)(?:\\s*\\(\\d+\\))?', '(?:schreibe|schreiben sie|hinterlasse|hinterlassen sie) (?:einen|ihren|deinen) kommentar', 'kommentare? (?:verfassen|schreiben|abgeben|hinzufügen)', 'diskutieren sie mit', '\\d+\\s+gedanken zu\\s+.{1,160}',
    // fr, es, pt, it, nl, pl
    '(?:\\d+\\s+)?commentaires?(?:\\s*\\(\\d+\\))?', '(?:laisser|ajouter|écrire) un commentaire', 'laisser une réponse',
    '(?:\\d+\\s+)?comentarios?(?:\\s*\\(\\d+\\))?', '(?:deja|dejar|escribe|añadir|deixe|deixar) (?:un|uma|o seu|seu|tu) (?:comentario|comentário|respuesta|resposta)',
    '(?:\\d+\\s+)?commenti(?:\\s*\\(\\d+\\))?', 'lascia un commento', '(?:\\d+\\s+)?reacties?', 'reageer', '(?:\\d+\\s+)?komentarz[ey]?(?:\\s*\\(\\d+\\))?', 'dodaj komentarz',
  ].join('|') + ')[\\s:.…!]*$',
  'iu',
);

/**
 * Lines of a comment form and thread furniture, removed wherever they stand after the story:
 * the form's labels and notices, "Reply" links, the closed-thread notice, the anti-spam line.
 */
export const COMMENT_FURNITURE_LINE = new RegExp(
  '^(?:' + [
    '(?:name|e-?mail|email address|website|url|comments?|message|nachricht|kommentar|webseite|nom|nombre|correo(?: electrónico)?|sitio web|nome|site)\\s*[:*]*\\s*(?:\\(required\\)|\\(erforderlich\\)|\\*)?',
    'your email address will not be published\\.?(?:\\s+required fields are marked\\s*\\*?)?', 'required fields are marked\\s*\\*?',
    'save my name, email, and website in this browser for the next time i comment\\.?', 'remember (?:my )?(?:info|personal information|me)\\??',
    'notify me of (?:follow-up comments|new posts|new comments)(?: by email| via e-?mail)?\\.?', '(?:post|submit|send|publish) (?:comment|reply)', 'cancel reply', 'reply(?: ↓)?', 'antworten', 'répondre', 'responder', 'rispondi', 'odpowiedz', 'beantwoorden',
    'comments? (?:are|is) closed\\.?', 'kommentare (?:sind )?geschlossen\\.?', 'die kommentarfunktion ist (?:geschlossen|deaktiviert)\\.?', 'les commentaires sont fermés\\.?', 'comentarios cerrados\\.?',
    'keine kommentare\\.?', 'no comments\\.?', 'noch keine kommentare\\.?', 'sin comentarios\\.?',
    'deine e-?mail-adresse wird nicht veröffentlicht\\.?(?:\\s+erforderliche felder sind mit\\s*\\*\\s*markiert\\.?)?', 'ihre e-?mail-adresse wird nicht veröffentlicht\\.?.{0,80}', 'erforderliche felder sind (?:mit \\* )?markiert\\.?',
    'votre adresse (?:e-?mail|de messagerie) ne sera pas publiée\\.?.{0,80}', 'tu dirección de correo electrónico no será publicada\\.?.{0,80}', 'o seu endereço de e-?mail não será publicado\\.?.{0,80}',
    'this site uses akismet to reduce spam\\..{0,80}', 'diese website verwendet akismet, um spam zu reduzieren\\..{0,120}',
    '(?:you must be|sie müssen|du musst) (?:logged in|angemeldet|eingeloggt) .{0,60}(?:comment|kommentar|schreiben|posten).{0,60}',
    '(?:log in|sign in|anmelden|einloggen) (?:to|um) (?:comment|reply|zu kommentieren|kommentare zu schreiben)\\.?!?',
  ].join('|') + ')$',
  'iu',
);

/**
 * A comment's signature line: the author and time a thread prints over each comment
 * ("Jane says:", "March 24, 2004 at 7:49 pm", "Posted by Jane at 19:49", "Genesis schrieb:").
 */
export const COMMENT_SIGNATURE = new RegExp(
  '(?:' + [
    '^[^.!?]{1,60}\\s(?:says|said|wrote|schreibt|schrieb|sagt|meint|dit|a écrit|dice|escribió|disse|scrive)\\s*:$',
    '^(?:posted|submitted|written|gepostet|geschrieben|publié|publicado)\\s+(?:by|von|par|por)[:\\s]+.{1,80}',
    '\\b(?:at|um|à|a las)\\s+\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+uhr)?$',
    '^\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?$',
  ].join('|') + ')',
  'iu',
);

/** A comment form or a thread's box holds at most this much text when found by its textarea. */
export const MAX_COMMENT_FORM_CHARS = 1500;
