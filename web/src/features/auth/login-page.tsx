import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { z } from 'zod';
import { ApiError } from '../../api/client.ts';
import { zodResolver } from '../../shared/zod-resolver.ts';
import { LanguageSwitch } from '../../shared/language-switch.tsx';
import { logIn } from './session.ts';

const schema = z.object({
  login: z.string().trim().min(1),
  password: z.string().min(1),
  corp_id: z.string().optional(),
});
type Form = z.infer<typeof schema>;

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [needCorp, setNeedCorp] = useState(false);
  const [formError, setFormError] = useState('');
  const { register, handleSubmit, formState } = useForm<Form>({ resolver: zodResolver(schema) });
  const next = new URLSearchParams(location.search).get('next');

  const onSubmit = async (values: Form) => {
    setFormError('');
    try {
      await logIn(values);
      void navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true });
    } catch (error) {
      if (error instanceof ApiError && error.code === 100406 && /corp_id/.test(error.message)) {
        setNeedCorp(true);
        setFormError(t('login.corpNeeded'));
      } else {
        setFormError(error instanceof Error ? error.message : t('error.network'));
      }
    }
  };

  return (
    <main className="login-page">
      <form className="login-card" onSubmit={handleSubmit(onSubmit)} noValidate>
        <div className="login-logo" aria-hidden="true">跟</div>
        <h1>{t('login.title')}</h1>
        <label className="field">
          <span>{t('login.login')}</span>
          <input {...register('login')} name="login" autoComplete="username" inputMode="email" autoFocus />
          {formState.errors.login && <em className="field-error">{t('login.required', { field: t('login.login') })}</em>}
        </label>
        <label className="field">
          <span>{t('login.password')}</span>
          <input {...register('password')} name="password" type="password" autoComplete="current-password" />
          {formState.errors.password && <em className="field-error">{t('login.required', { field: t('login.password') })}</em>}
        </label>
        {needCorp ? (
          <label className="field">
            <span>{t('login.corpId')}</span>
            <input {...register('corp_id')} name="corp_id" autoComplete="organization" />
          </label>
        ) : (
          <button type="button" className="link-button" onClick={() => setNeedCorp(true)}>
            {t('login.showCorp')}
          </button>
        )}
        {formError && (
          <p className="form-error" role="alert">
            {formError}
          </p>
        )}
        <button className="primary-button" type="submit" disabled={formState.isSubmitting}>
          {t('login.submit')}
        </button>
        <LanguageSwitch />
      </form>
    </main>
  );
}
