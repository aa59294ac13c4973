import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiGet, apiSend } from '../../api/client.ts';
import type { Comment } from '../../api/wire.ts';
import { WireTime } from '../revisit-logs/revisit-log-card.tsx';

/** A follow-up's comments (newest first, as the API orders them) with a reply box. */
export function CommentsBox({ revisitLogId }: { revisitLogId: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  // One key per comment being written: a double tap or a retry after a lost answer posts it once.
  const key = useRef(crypto.randomUUID());
  const comments = useQuery({
    queryKey: ['comments', revisitLogId],
    queryFn: async () => (await apiGet<{ comments: Comment[] }>(`/revisit_logs/${revisitLogId}/comments`, { per_page: 50 })).comments,
  });
  const post = useMutation({
    mutationFn: (content: string) =>
      apiSend<Comment>('POST', `/revisit_logs/${revisitLogId}/comments`, { content }, { idempotencyKey: key.current }),
    onSuccess: async () => {
      setText('');
      setError('');
      key.current = crypto.randomUUID();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['comments', revisitLogId] }),
        queryClient.invalidateQueries({ queryKey: ['revisit-logs'] }),
      ]);
    },
    onError: (e) => setError(e instanceof ApiError ? e.message : t('error.network')),
  });
  return (
    <section className="comments" aria-label={t('card.comment')}>
      {comments.data?.map((c) => (
        <div key={c.id} className="comment" data-comment-id={c.id}>
          <strong>{c.user_name}</strong>
          <span className="comment-text">{c.content}</span>
          <WireTime value={c.created_at} />
        </div>
      ))}
      <form
        className="reply-box"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim() && !post.isPending) post.mutate(text.trim());
        }}
      >
        <input
          name="comment"
          value={text}
          maxLength={2000}
          placeholder={t('card.reply')}
          aria-label={t('card.reply')}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="small-button" disabled={!text.trim() || post.isPending}>
          {t('card.send')}
        </button>
      </form>
      {error && <p className="field-error" role="alert">{error}</p>}
    </section>
  );
}
